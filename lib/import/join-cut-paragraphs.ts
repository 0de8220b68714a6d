import { isHan } from "@/lib/text/han";

/** Closing marks that may follow the final punctuation of a sentence (`。”`, `！）`). */
const TRAILING_CLOSERS = /[”’」』）)》〉\s]+$/u;
const SENTENCE_FINAL = /[。！？!?…]$/u;

export function endsSentence(paragraph: string): boolean {
  return SENTENCE_FINAL.test(paragraph.replace(TRAILING_CLOSERS, ""));
}

export interface DoubledAtCut {
  char: string;
  /** A few characters either side of the cut, with `|` where it was. */
  context: string;
}

export interface JoinResult {
  paragraphs: string[];
  doubled: DoubledAtCut[];
  /** The last paragraph still lacks sentence-final punctuation after joining. */
  unfinished: boolean;
}

/**
 * Rejoins paragraphs that the PDF export cut mid-sentence: a block that does not end in
 * sentence-final punctuation continues in the next block, with no space between them
 * (Chinese text has none). A character that appears on both sides of a cut (`信念|念`) is
 * reported, not removed: it may be a real repetition, and only an editor can tell.
 */
export function joinCutParagraphs(blocks: string[]): JoinResult {
  const paragraphs: string[] = [];
  const doubled: DoubledAtCut[] = [];
  let current: string | null = null;

  for (const block of blocks) {
    if (current === null) {
      current = block;
      continue;
    }
    if (endsSentence(current)) {
      paragraphs.push(current);
      current = block;
      continue;
    }
    const last = Array.from(current).at(-1);
    const first = Array.from(block)[0];
    if (last === first && isHan(last)) {
      doubled.push({
        char: last!,
        context: `${Array.from(current).slice(-6).join("")}|${Array.from(block).slice(0, 6).join("")}`,
      });
    }
    current += block;
  }
  if (current !== null) paragraphs.push(current);
  return { paragraphs, doubled, unfinished: current !== null && !endsSentence(current) };
}
