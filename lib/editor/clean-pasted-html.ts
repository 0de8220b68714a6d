import { UPLOAD_SRC } from "./find-doc-problems";

/**
 * Brings HTML from the clipboard (Word, WPS, web pages) down to what the editor's schema
 * keeps: paragraphs, headings, bold, italic, lists, links, tables and this newsroom's own
 * images. Everything else Office adds (style blocks, conditional comments, VML, namespaced
 * tags, classes and inline styles) goes, and the typing habits of Chinese copy that would
 * show twice on the site go too: full-width "　　" indents (the site indents paragraphs
 * itself) and the spaces Word's line-wrapped HTML leaves between Chinese characters.
 *
 * Runs in the browser on every paste, before ProseMirror parses the HTML; it is plain string
 * work so that it is the same under test.
 */

export interface CleanOptions {
  /** The newsroom's own origin: its upload URLs, copied as absolute links, stay images. */
  siteOrigin?: string;
}

/** Attributes the schema reads; `data-*` carries ProseMirror's own clipboard markers and placeholders. */
const KEPT_ATTRIBUTES = new Set(["href", "src", "alt", "colspan", "rowspan", "start"]);

/** Chinese characters and full-width punctuation: no space belongs between two of them. */
const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u2014";
const SPACE_BETWEEN_CJK = new RegExp(`([${CJK}])[ \\t\\r\\n]*[\\r\\n][ \\t\\r\\n]*(?=[${CJK}])`, "gu");

/** Block tags whose text starts a line: where an indent typed as "　　" or spaces sits. */
const BLOCK_START =
  /(<(?:p|h[1-6]|li|td|th|div|blockquote)\b[^>]*>)((?:\s*<(?!\/|img\b)[^>]*>)*)[\s\u3000\u00a0]+/gi;
const BLOCK_END = /[ \t\r\n\u3000\u00a0]+((?:<\/[a-z]+>\s*)*<\/(?:p|h[1-6]|li|td|th)>)/gi;

function attributeOf(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? (match[2] ?? match[3] ?? match[4] ?? "") : null;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** The upload path of an image that is this newsroom's own upload, or null. */
function ownUploadPath(src: string, siteOrigin: string | undefined): string | null {
  if (UPLOAD_SRC.test(src)) return src;
  try {
    const url = new URL(src);
    return siteOrigin && url.origin === siteOrigin && UPLOAD_SRC.test(url.pathname) ? url.pathname : null;
  } catch {
    return null;
  }
}

/**
 * An image stays one only if it is already an upload of this newsroom. Any other becomes a
 * placeholder (an <img> without src, which the ImagePlaceholder node parses): a local `file:`
 * path or clipboard data the paste handler may still recover from the RTF or the clipboard's
 * files, a foreign URL never (the server does not fetch other sites' pictures).
 */
function replaceImage(tag: string, siteOrigin: string | undefined): string {
  const src = (attributeOf(tag, "src") ?? "").trim();
  const alt = escapeAttribute((attributeOf(tag, "alt") ?? "").trim());
  const own = ownUploadPath(src, siteOrigin);
  if (own) return `<img src="${own}" alt="${alt}">`;
  const origin = /^https?:/i.test(src) ? "web" : "local";
  return `<img data-image-placeholder data-origin="${origin}" alt="${alt}">`;
}

/** Rebuilds a start tag with only the attributes the schema reads. */
function keepAttributes(whole: string, name: string, rest: string): string {
  if (!rest) return whole;
  const kept: string[] = [];
  for (const match of rest.matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    const attribute = match[1]!.toLowerCase();
    if (!KEPT_ATTRIBUTES.has(attribute) && !attribute.startsWith("data-")) continue;
    kept.push(match[2] === undefined ? attribute : `${attribute}=${match[2]}`);
  }
  return `<${name}${kept.map((attribute) => ` ${attribute}`).join("")}>`;
}

/**
 * Word writes a list as paragraphs with `mso-list` in their style and the number or bullet
 * typed out inside `<![if !supportLists]>`. Consecutive ones become one <ol> or <ul> (by their
 * marker), one level deep.
 */
function wordListsToLists(html: string): string {
  const paragraph = /<p\b([^>]*)>([\s\S]*?)<\/p>/gi;
  let out = "";
  let last = 0;
  let open: "ol" | "ul" | null = null;
  for (const match of html.matchAll(paragraph)) {
    const start = match.index;
    const between = html.slice(last, start);
    const isItem = /mso-list:\s*l\d+\s+level\d/i.test(match[1]!);
    if (open && (!isItem || between.trim() !== "")) {
      out += `</${open}>`;
      open = null;
    }
    out += between;
    last = start + match[0].length;
    if (!isItem) {
      out += match[0];
      continue;
    }
    const markerMatch = /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/i.exec(match[2]!);
    const marker = (markerMatch?.[1] ?? "").replace(/<[^>]*>/g, "").replace(/&nbsp;|\s/g, "");
    const kind = /^[（(]?[0-9０-９一二三四五六七八九十a-z]{1,4}[.．、)）]/i.test(marker) ? "ol" : "ul";
    if (open !== kind) {
      if (open) out += `</${open}>`;
      out += `<${kind}>`;
      open = kind;
    }
    out += `<li><p>${match[2]!.replace(/<!\[if !supportLists\]>[\s\S]*?<!\[endif\]>/gi, "")}</p></li>`;
  }
  if (open) out += `</${open}>`;
  return out + html.slice(last);
}

export function cleanPastedHtml(html: string, { siteOrigin }: CleanOptions = {}): string {
  let out = html
    // VML pictures and Office settings live in conditional comments; the <img> fallback Word
    // writes beside each picture (inside <![if !vml]>) is the one kept.
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, "")
    .replace(/<(style|script|meta|link|title|xml|head)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<(meta|link)\b[^>]*>/gi, "");
  out = wordListsToLists(out)
    .replace(/<!\[if !supportLists\]>[\s\S]*?<!\[endif\]>/gi, "")
    .replace(/<!\[(?:end)?if[^\]]*\]>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<img\b[^>]*>/gi, (tag) => replaceImage(tag, siteOrigin))
    .replace(/<\/?(o|w|v|m|st1):[^>]*>/gi, "")
    .replace(/<\/?(font|span)\b[^>]*>/gi, "")
    // Word's headings start at h1, the editor's at h2.
    .replace(/<(\/?)h1\b/gi, "<$1h2")
    .replace(/<(\/?)h[4-6]\b/gi, "<$1h3")
    .replace(/<([a-z][a-z0-9]*)(\s[^>]*)?>/gi, (whole, name: string, rest: string | undefined) =>
      keepAttributes(whole, name, rest ?? ""),
    )
    .replace(/&nbsp;|&#160;|&#xa0;/gi, " ")
    .replace(/&#12288;|&#x3000;/gi, "\u3000")
    .replace(SPACE_BETWEEN_CJK, "$1");
  // Twice: a block can start with both an inline tag and an indent inside it.
  for (let pass = 0; pass < 2; pass++) out = out.replace(BLOCK_START, "$1$2");
  return (
    out
      .replace(BLOCK_END, "$1")
      // A picture alone in its paragraph (as Word centres them) is a block of its own: left
      // inside, the parser would keep the emptied paragraph around it as blank lines.
      .replace(/<p>\s*(<img\b[^>]*>)\s*<\/p>/gi, "$1")
      .replace(/<p>\s*<\/p>/gi, "")
  );
}
