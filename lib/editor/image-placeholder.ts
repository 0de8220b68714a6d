import { mergeAttributes, Node } from "@tiptap/core";

export const PLACEHOLDER_TEXT = "请重新上传此图片";

/**
 * Where a pasted picture that could not come along was: on the author's computer (a Word or
 * WPS `file:` path, or clipboard data) or on another website. It only changes the hint.
 */
export type PlaceholderOrigin = "local" | "web";

interface PlaceholderAttrs {
  alt?: string | null;
  origin?: string | null;
  uploading?: string | null;
}

/** The words the placeholder shows in the editor and the newsroom's read-only view. */
export function placeholderLabel({ alt, origin, uploading }: PlaceholderAttrs): string {
  if (uploading) return "正在上传粘贴的图片…";
  const name = alt ? `（${alt}）` : "";
  const why =
    origin === "web" ? "：其他网站的图片不会自动转存" : origin === "local" ? "：粘贴时未能取回原图" : "";
  return `${PLACEHOLDER_TEXT}${name}${why}`;
}

/**
 * Marks where a picture was that could not be brought into the newsroom (a foreign URL, a
 * local file the clipboard held no data for). It is a node of its own, not a broken image:
 * the server accepts it, so it never blocks saving or submitting, the editor shows what to
 * do, and reader pages leave it out (see renderArticleHtml).
 */
export const ImagePlaceholder = Node.create({
  name: "imagePlaceholder",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      alt: {
        default: "",
        parseHTML: (element) => element.getAttribute("data-alt") ?? element.getAttribute("alt") ?? "",
        renderHTML: (attrs) => (attrs.alt ? { "data-alt": attrs.alt } : {}),
      },
      origin: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-origin"),
        renderHTML: (attrs) => (attrs.origin ? { "data-origin": attrs.origin } : {}),
      },
      // The key of the upload in progress in this editor. Never parsed from HTML, and cleared
      // by normalizeArticleDoc: stored, an upload would never finish.
      uploading: {
        default: null,
        parseHTML: () => null,
        renderHTML: (attrs) => (attrs.uploading ? { "data-uploading": "" } : {}),
      },
    };
  },

  parseHTML() {
    // The paste cleaner writes an <img> without src so that the parser splits the paragraph
    // around it as it does for pictures; copies from the editor itself carry the <div>.
    return [{ tag: "div[data-image-placeholder]" }, { tag: "img[data-image-placeholder]" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      "div",
      mergeAttributes(HTMLAttributes, { "data-image-placeholder": "", class: "image-placeholder" }),
      placeholderLabel(node.attrs),
    ];
  },
});
