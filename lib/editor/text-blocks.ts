import type { Node } from "@tiptap/pm/model";

export interface TextBlock {
  text: string;
  /** Document position just inside the block: the block's character i sits at `start + i`. */
  start: number;
}

/**
 * The document's text blocks (paragraphs, headings, list items' paragraphs) in order. A hard
 * break counts as one character, so text offsets map one to one onto document positions.
 */
export function textBlocks(doc: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blocks.push({ text: node.textBetween(0, node.content.size, undefined, "\n"), start: pos + 1 });
    return false;
  });
  return blocks;
}
