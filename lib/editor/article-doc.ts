import type { JSONContent } from "@tiptap/core";

/** Nodes whose children are blocks (joined by line breaks), not inline text; a table's cells too. */
const CONTAINERS = new Set([
  "doc",
  "blockquote",
  "bulletList",
  "orderedList",
  "listItem",
  "table",
  "tableRow",
  "tableCell",
  "tableHeader",
]);

/** A Tiptap document made of plain paragraphs, as the archive import produces. */
export function paragraphsToDoc(paragraphs: string[]): JSONContent {
  return {
    type: "doc",
    // An empty paragraph has no text node: ProseMirror refuses empty ones.
    content: paragraphs.map((text) =>
      text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" },
    ),
  };
}

/**
 * The text of a document, one block per line: what is stored as Article.plainText, counted as
 * 字数, searched and diffed. It is the text readers read: paragraphs, headings, quotes, list
 * items and table cells, and each photo's 图片说明 (caption, printed under it and proofread like
 * the text). Not a photo's alt text (never shown; it usually repeats the caption) nor its 摄影
 * credit (a byline, and bylines are not counted).
 */
export function docToPlainText(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "image") return String(node.attrs?.caption ?? "");
  if (node.type === "hardBreak") return "\n";
  const children = (node.content ?? []).map(docToPlainText);
  return children.join(CONTAINERS.has(node.type ?? "") ? "\n" : "");
}
