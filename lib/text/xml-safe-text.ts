import { z } from "zod";

/**
 * Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return;
 * U+FFFE and U+FFFF; unpaired surrogates). One of them in a headline makes the whole RSS
 * feed unreadable, and they are never meaningful in an article: Word's "\v" line break and
 * stray NULs from broken exports are the usual sources.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, "");
}

/** A text field as it enters the system: XML-invalid characters are removed before trims and length checks. */
export function textInput() {
  return z.string().overwrite(stripXmlInvalid);
}

/** Line breaks and tabs, which a one-line field's box cannot enter but a request can carry. */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/**
 * A one-line field (a name, a headline): as textInput, with line breaks and tabs as one space,
 * so that no title, feed item or header shows a broken line.
 */
export function lineInput() {
  return z.string().overwrite((text) => stripXmlInvalid(text).replace(LINE_BREAKS, " "));
}
