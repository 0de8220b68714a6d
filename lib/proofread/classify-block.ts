import { parseBylineLine } from "@/lib/import/parse-byline";
import type { BlockRole, ProofBlock } from "./proof-issue";

/** A subheading is a line, not a sentence: longer than this, a paragraph is prose. */
const SUBHEADING_MAX = 40;

/** 一、 （一） 1、 1. ：the numbering that starts a subheading. */
const ENUMERATOR = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d))/u;

/** Two or more runs of Chinese separated by spaces, nothing else: 强化党建引领 提升治理效能. */
const PARALLEL_PHRASES = /^[\p{Script=Han}“”《》]{3,}(?:[ \u3000]+[\p{Script=Han}“”《》]{3,})+$/u;

/** `记者 张明 通讯员 李华彬`, also as `（记者 张明）` or `本报记者 张明`. */
export function isBylineText(text: string): boolean {
  const inner = text
    .trim()
    .replace(/^[（(](.*)[)）]$/u, "$1")
    .replace(/^本报/u, "");
  return parseBylineLine(inner) !== null;
}

function isSubheading({ text, bold }: ProofBlock): boolean {
  const line = text.trim();
  if (line.length > SUBHEADING_MAX || line.includes("。")) return false;
  return Boolean(bold) || ENUMERATOR.test(line) || PARALLEL_PHRASES.test(line);
}

/** What role a block plays, so each check applies only where its rule holds. */
export function classifyBlock(block: ProofBlock): BlockRole {
  if (block.kind === "heading") return "heading";
  if (isBylineText(block.text)) return "byline";
  if (block.kind === "list-item" || block.kind === "table-cell") return block.kind;
  return isSubheading(block) ? "heading" : "prose";
}
