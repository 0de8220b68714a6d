import type { Node } from "@tiptap/pm/model";
import type { BlockKind, ProofBlock } from "@/lib/proofread/proof-issue";

export interface TextBlock extends ProofBlock {
  /** Document position just inside the block: the block's character i sits at `start + i`. */
  start: number;
}

/** What a text block is, from the nearest container that says so (a list item, a table cell). */
function kindOf(node: Node, ancestors: readonly Node[]): BlockKind {
  if (node.type.name === "heading") return "heading";
  for (const ancestor of [...ancestors].reverse()) {
    if (ancestor.type.name === "listItem") return "list-item";
    if (ancestor.type.name === "tableCell" || ancestor.type.name === "tableHeader") return "table-cell";
  }
  return "paragraph";
}

/** Whether every character of the block is bold (hard breaks aside). */
function allBold(node: Node): boolean {
  let text = false;
  let bold = true;
  node.descendants((child) => {
    if (!child.isText) return;
    text = true;
    if (!child.marks.some((mark) => mark.type.name === "bold")) bold = false;
  });
  return text && bold;
}

/**
 * The document's text blocks (paragraphs, headings, list items' paragraphs, table cells) in
 * order, with what each is. A hard break counts as one character, so text offsets map one
 * to one onto document positions.
 */
export function textBlocks(doc: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (parent: Node, offset: number, ancestors: Node[]) => {
    parent.forEach((node, childOffset) => {
      const pos = offset + childOffset;
      if (node.isTextblock) {
        blocks.push({
          text: node.textBetween(0, node.content.size, undefined, "\n"),
          kind: kindOf(node, ancestors),
          bold: allBold(node),
          start: pos + 1,
        });
      } else if (!node.isLeaf) {
        walk(node, pos + 1, [...ancestors, node]);
      }
    });
  };
  walk(doc, 0, []);
  return blocks;
}
