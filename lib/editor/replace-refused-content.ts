import type { JSONContent } from "@tiptap/core";
import { UPLOAD_SRC } from "./find-doc-problems";
import { isSafeLinkHref } from "./safe-url";

/**
 * A document with what the server would refuse made storable: an image from elsewhere than
 * this newsroom's uploads becomes a 请重新上传此图片 placeholder, an unsafe link plain text.
 * For text kept in the browser (the local backup), which may predate the rules: restoring it
 * must not bring back a document that can never be saved.
 */
export function replaceRefusedContent(node: JSONContent): JSONContent {
  if (node.type === "image" && !UPLOAD_SRC.test(String(node.attrs?.src ?? ""))) {
    return {
      type: "imagePlaceholder",
      attrs: { alt: String(node.attrs?.alt ?? ""), origin: null, uploading: null },
    };
  }
  const copy: JSONContent = { ...node };
  if (copy.marks)
    copy.marks = copy.marks.filter(
      (mark) => mark.type !== "link" || isSafeLinkHref(String(mark.attrs?.href ?? "")),
    );
  if (copy.content) copy.content = copy.content.map(replaceRefusedContent);
  return copy;
}
