import type { JSONContent } from "@tiptap/core";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import sanitizeHtml from "sanitize-html";
import { articleExtensions } from "./extensions";
import { readableArticleDoc } from "./readable-doc";
import { SAFE_LINK_SCHEMES } from "./safe-url";

/**
 * What may reach a reader's browser. The renderer already emits only schema nodes, but the
 * stored JSON is input like any other: the allow-list is the guarantee, not the renderer.
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h2", "h3", "strong", "em", "s", "ul", "ol", "li", "blockquote", "hr", "br", "a", "img", "figure", "figcaption", "span"],
  allowedAttributes: {
    a: ["href", "rel"],
    // srcset/sizes and the pixel size: responsive copies, and no layout shift while a photo loads.
    img: ["src", "srcset", "sizes", "width", "height", "alt", "title", "loading", "decoding"],
    ol: ["start"],
  },
  // Classes only where the reader stylesheet styles a photo; nothing else can set one.
  allowedClasses: { figure: ["article-figure"], span: ["figure-caption", "figure-credit"] },
  allowedSchemes: [...SAFE_LINK_SCHEMES],
  allowedSchemesByTag: { img: ["https", "http"] },
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }) },
};

/** Renders a stored Tiptap document to sanitized HTML, on the server; a broken one as its text. */
export function renderArticleHtml(doc: JSONContent): string {
  const html = renderToHTMLString({ content: readableArticleDoc(doc), extensions: articleExtensions });
  return sanitizeHtml(html, ALLOWED);
}
