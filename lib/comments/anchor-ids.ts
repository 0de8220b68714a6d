import type { JSONContent } from "@tiptap/core";

/** The comment anchors present in a stored document: a comment whose anchor is gone is 已失效. */
export function anchorIds(doc: JSONContent): Set<string> {
  const ids = new Set<string>();
  const visit = (node: JSONContent) => {
    for (const mark of node.marks ?? []) {
      if (mark.type === "commentAnchor" && typeof mark.attrs?.id === "string") ids.add(mark.attrs.id);
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return ids;
}

/** The document without comment anchors: for readers, and for a copy that leaves the comments behind. */
export function withoutAnchors(node: JSONContent): JSONContent {
  const copy: JSONContent = { ...node };
  if (node.marks) {
    const marks = node.marks.filter((mark) => mark.type !== "commentAnchor");
    if (marks.length > 0) copy.marks = marks;
    else delete copy.marks;
  }
  if (node.content) copy.content = node.content.map(withoutAnchors);
  return copy;
}
