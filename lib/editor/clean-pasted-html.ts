/**
 * Strips what Word and WPS put around pasted text (style blocks, conditional comments,
 * Office namespaces, classes, inline styles, fonts) before the editor parses it. The editor's
 * schema then keeps only the formatting it allows: bold, italic, lists, headings, links.
 */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(style|script|meta|link|title|xml)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<(meta|link)\b[^>]*>/gi, "")
    .replace(/<\/?(o|w|v|m|st1):[^>]*>/gi, "")
    .replace(/<\/?(font|span)\b[^>]*>/gi, "")
    .replace(/\s(class|style|lang|align|face|size|color|width|height)=("[^"]*"|'[^']*'|[^\s>]+)/gi, "")
    .replace(/&nbsp;/g, " ");
}
