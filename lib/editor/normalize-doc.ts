import type { JSONContent } from "@tiptap/core";
import { AppError } from "@/lib/errors/app-error";
import { stripXmlInvalid } from "@/lib/text/xml-safe-text";
import { ANCHOR_ID } from "./comment-anchor";
import { articleSchema } from "./article-schema";
import { findDocProblems } from "./find-doc-problems";

function cleanAttrs(attrs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attrs).map(([key, value]) => [
      key,
      typeof value === "string" ? stripXmlInvalid(value) : value,
    ]),
  );
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
  // An upload in progress belongs to one open editor; stored, it would never finish.
  if (copy.type === "imagePlaceholder" && copy.attrs?.uploading)
    copy.attrs = { ...copy.attrs, uploading: null };
  if (Array.isArray(copy.marks))
    copy.marks = copy.marks
      // An anchor without a proper id anchors nothing: it goes, the words stay.
      .filter((mark) => mark?.type !== "commentAnchor" || ANCHOR_ID.test(String(mark.attrs?.id ?? "")))
      .map((mark) => (mark?.attrs ? { ...mark, attrs: cleanAttrs(mark.attrs) } : mark));
  if (Array.isArray(copy.content))
    copy.content = copy.content.map(clean).filter((child): child is JSONContent => child !== null);
  return copy;
}

/** The first refused piece, named (which image, which link), and how many there are in all. */
function checkPolicy(doc: JSONContent): void {
  const problems = findDocProblems(doc);
  if (problems.length === 0) return;
  const more = problems.length > 1 ? `（共 ${problems.length} 处需要处理）` : "";
  throw new AppError("BAD_INPUT", `${problems[0].message}${more}`);
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
    articleSchema.nodeFromJSON(doc).check();
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
