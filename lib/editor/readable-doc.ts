import type { JSONContent } from "@tiptap/core";
import { stripXmlInvalid } from "@/lib/text/xml-safe-text";
import { docToPlainText, paragraphsToDoc } from "./article-doc";
import { cleanArticleDoc } from "./normalize-doc";

function plainTextOf(json: unknown): string {
  try {
    return typeof json === "object" && json !== null ? docToPlainText(json as JSONContent) : "";
  } catch {
    return "";
  }
}

/** A document's text alone, as plain paragraphs: what is left to show of a broken one. */
export function textOnlyDoc(json: unknown): JSONContent {
  return paragraphsToDoc(stripXmlInvalid(plainTextOf(json)).split("\n"));
}

/**
 * A stored document in a form the renderer and the editor can always open. Every write
 * passes normalizeArticleDoc, so this is the document itself; a row that somehow does not
 * pass the schema (written before the gate, or by hand) is shown as plain paragraphs of its
 * text rather than failing the page, and logged so that someone repairs it. Link and image
 * policy is the renderer's sanitizer's job, not a reason to lose formatting here.
 */
export function readableArticleDoc(json: unknown): JSONContent {
  try {
    return cleanArticleDoc(json);
  } catch (error) {
    console.error(
      "stored article body does not pass the editor schema; showing its text:",
      error instanceof Error ? error.message : error,
    );
    return textOnlyDoc(json);
  }
}
