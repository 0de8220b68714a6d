import { getSchema, type JSONContent } from "@tiptap/core";
import { AppError } from "@/lib/errors/app-error";
import { stripXmlInvalid } from "@/lib/text/xml-safe-text";
import { articleExtensions } from "./extensions";
import { isSafeLinkHref } from "./safe-url";

const schema = getSchema(articleExtensions);

/** Images may only point at files uploaded to this newsroom. */
export const UPLOAD_SRC = /^\/api\/uploads\/[A-Za-z0-9_-]{10,40}$/;

function cleanAttrs(attrs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attrs).map(([key, value]) => [key, typeof value === "string" ? stripXmlInvalid(value) : value]));
}

/**
 * Repairs what a text edit can leave behind without meaning to: a text node emptied by a
 * replacement (ProseMirror refuses empty text nodes, and the page showing it fails) and
 * characters XML cannot carry. Anything else wrong is left for the schema check to refuse.
 */
function clean(node: JSONContent): JSONContent | null {
  if (typeof node !== "object" || node === null) return node;
  const copy: JSONContent = { ...node };
  if (typeof copy.text === "string") copy.text = stripXmlInvalid(copy.text);
  if (copy.type === "text" && copy.text === "") return null;
  if (copy.attrs) copy.attrs = cleanAttrs(copy.attrs);
  if (Array.isArray(copy.marks)) copy.marks = copy.marks.map((mark) => (mark?.attrs ? { ...mark, attrs: cleanAttrs(mark.attrs) } : mark));
  if (Array.isArray(copy.content)) copy.content = copy.content.map(clean).filter((child): child is JSONContent => child !== null);
  return copy;
}

function checkPolicy(node: JSONContent): void {
  for (const mark of node.marks ?? []) {
    if (mark.type === "link" && !isSafeLinkHref(String(mark.attrs?.href ?? ""))) {
      throw new AppError("BAD_INPUT", "链接只能使用 http、https 或 mailto 地址。");
    }
  }
  if (node.type === "image") {
    if (!UPLOAD_SRC.test(String(node.attrs?.src ?? ""))) throw new AppError("BAD_INPUT", "图片必须通过上传添加。");
    if (!String(node.attrs?.alt ?? "").trim()) throw new AppError("BAD_INPUT", "每张图片都需要填写替代文字，供读屏软件朗读。");
  }
  node.content?.forEach(checkPolicy);
}

/**
 * A document cleaned as above and checked against the editor's own schema: what the editor
 * and the renderer need to open it. Unknown nodes or marks and broken nesting are refused.
 */
export function cleanArticleDoc(json: unknown): JSONContent {
  if (typeof json !== "object" || json === null || (json as JSONContent).type !== "doc") {
    throw new AppError("BAD_INPUT", "正文格式无效。");
  }
  const doc = clean(json as JSONContent)!;
  try {
    schema.nodeFromJSON(doc).check();
  } catch (error) {
    console.warn("article body refused:", error instanceof Error ? error.message : error);
    throw new AppError("BAD_INPUT", "正文包含编辑器不支持的内容。");
  }
  return doc;
}

/**
 * The one gate every article document passes before it is stored, whoever writes it (a
 * save, a restore, a 更正, the import): cleaned and schema-checked, so that every stored
 * document opens in the editor and on reader pages, and refused if it has unsafe links or
 * images from elsewhere than this newsroom's uploads.
 */
export function normalizeArticleDoc(json: unknown): JSONContent {
  const doc = cleanArticleDoc(json);
  checkPolicy(doc);
  return doc;
}
