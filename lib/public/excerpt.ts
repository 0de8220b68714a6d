/** The opening of an article (its Article.plainText) for lists and previews, cut at a character boundary. */
export function excerpt(plainText: string, maxChars = 110): string {
  const firstBlock = plainText.split("\n").find((line) => line.trim()) ?? "";
  const chars = Array.from(firstBlock.replace(/^本报讯\s*/, ""));
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join("")}…` : chars.join("");
}
