import { getSchema, type JSONContent } from "@tiptap/core";
import { AppError } from "@/lib/errors/app-error";
import { articleExtensions } from "./extensions";
import { isSafeLinkHref } from "./safe-url";

const schema = getSchema(articleExtensions);

/** Images may only point at files uploaded to this newsroom. */
export const UPLOAD_SRC = /^\/api\/uploads\/[A-Za-z0-9_-]{10,40}$/;

function checkNode(node: JSONContent): void {
  for (const mark of node.marks ?? []) {
    if (mark.type === "link" && !isSafeLinkHref(String(mark.attrs?.href ?? ""))) {
      throw new AppError("BAD_INPUT", "链接只能使用 http、https 或 mailto 地址。");
    }
  }
  if (node.type === "image") {
    if (!UPLOAD_SRC.test(String(node.attrs?.src ?? ""))) throw new AppError("BAD_INPUT", "图片必须通过上传添加。");
    if (!String(node.attrs?.alt ?? "").trim()) throw new AppError("BAD_INPUT", "每张图片都需要填写替代文字（图片说明）。");
  }
  node.content?.forEach(checkNode);
}

/**
 * Checks a document from the browser against the editor's own schema before it is stored:
 * unknown nodes or marks, broken nesting, unsafe links and foreign images are refused.
 */
export function validateArticleDoc(json: unknown): JSONContent {
  if (typeof json !== "object" || json === null || (json as JSONContent).type !== "doc") {
    throw new AppError("BAD_INPUT", "正文格式无效。");
  }
  try {
    schema.nodeFromJSON(json).check();
  } catch (error) {
    console.warn("article body refused:", error instanceof Error ? error.message : error);
    throw new AppError("BAD_INPUT", "正文包含编辑器不支持的内容。");
  }
  checkNode(json as JSONContent);
  return json as JSONContent;
}
