import type { JSONContent } from "@tiptap/core";
import { docToPlainText } from "@/lib/editor/article-doc";

/** The opening of an article for lists and previews, cut at a character boundary. */
export function excerpt(body: string, maxChars = 110): string {
  const firstBlock =
    docToPlainText(JSON.parse(body) as JSONContent)
      .split("\n")
      .find((line) => line.trim()) ?? "";
  const chars = Array.from(firstBlock.replace(/^本报讯\s*/, ""));
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join("")}…` : chars.join("");
}
