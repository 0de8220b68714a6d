import type { JSONContent } from "@tiptap/core";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import sanitizeHtml from "sanitize-html";
import { withoutAnchors } from "@/lib/comments/anchor-ids";
import { articleSchema } from "./article-schema";
import { articleExtensions } from "./extensions";
import { readableArticleDoc } from "./readable-doc";
import { SAFE_LINK_SCHEMES } from "./safe-url";

/**
 * What may reach a reader's browser. The renderer already emits only schema nodes, but the
 * stored JSON is input like any other: the allow-list is the guarantee, not the renderer.
 * Tables keep their structure and spans; their inline widths go, the stylesheet sets them.
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    ...[
      "p",
      "h2",
      "h3",
      "strong",
      "em",
      "s",
      "ul",
      "ol",
      "li",
      "blockquote",
      "hr",
      "br",
      "a",
      "img",
      "figure",
      "figcaption",
      "span",
    ],
    ...["div", "table", "tbody", "tr", "th", "td"],
  ],
  allowedAttributes: {
    a: ["href", "rel"],
    // srcset/sizes and the pixel size: responsive copies, and no layout shift while a photo loads.
    img: ["src", "srcset", "sizes", "width", "height", "alt", "title", "loading", "decoding"],
    ol: ["start"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan"],
    div: ["class", "data-image-placeholder"],
  },
  // Classes only where the reader stylesheet styles them; nothing else can set one.
  allowedClasses: {
    div: ["tableWrapper", "image-placeholder"],
    figure: ["article-figure"],
    span: ["figure-caption", "figure-credit"],
  },
  allowedSchemes: [...SAFE_LINK_SCHEMES],
  allowedSchemesByTag: { img: ["https", "http"] },
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }) },
};

/** The document without its 请重新上传此图片 placeholders: a note for the newsroom, not for readers. */
function withoutPlaceholders(node: JSONContent): JSONContent {
  if (!node.content) return node;
  const content = node.content.filter((child) => child.type !== "imagePlaceholder").map(withoutPlaceholders);
  // A table cell or quote whose only block was a placeholder still needs one block.
  return {
    ...node,
    content: content.length === 0 && node.content.length > 0 ? [{ type: "paragraph" }] : content,
  };
}

export interface RenderOptions {
  /** `show` in the newsroom's read-only view, where someone can act on them; readers never see them. */
  placeholders?: "show" | "hide";
  /** `show` in the newsroom's read-only view: the passages 批注 are anchored to. */
  comments?: "show" | "hide";
}

/** The newsroom's read-only view also keeps the comment anchors, and nothing else more. */
const WITH_ANCHORS: sanitizeHtml.IOptions = {
  ...ALLOWED,
  allowedAttributes: { ...ALLOWED.allowedAttributes, span: ["data-comment-id"] },
  allowedClasses: { ...ALLOWED.allowedClasses, span: ["figure-caption", "figure-credit", "comment-anchor"] },
};

/** Renders a stored Tiptap document to sanitized HTML, on the server; a broken one as its text. */
export function renderArticleHtml(
  doc: JSONContent,
  { placeholders = "hide", comments = "hide" }: RenderOptions = {},
): string {
  const readable = readableArticleDoc(doc);
  const shown = placeholders === "show" ? readable : withoutPlaceholders(readable);
  const content = comments === "show" ? shown : withoutAnchors(shown);
  // Given a node rather than JSON, the renderer does not build the schema again for each call.
  const html = renderToHTMLString({
    content: articleSchema.nodeFromJSON(content),
    extensions: articleExtensions,
  });
  return sanitizeHtml(html, comments === "show" ? WITH_ANCHORS : ALLOWED);
}
