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

/** The text of a document, one block per line, for counting and search. */
export function docToPlainText(node: JSONContent): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "image") return String(node.attrs?.alt ?? "");
  if (node.type === "hardBreak") return "\n";
  const children = (node.content ?? []).map(docToPlainText);
  return children.join(CONTAINERS.has(node.type ?? "") ? "\n" : "");
}
