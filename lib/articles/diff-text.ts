import { diffArrays, diffChars } from "diff";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/*
 * A plain character diff (Myers) costs time in proportion to length × edits: two 8,000-character
 * versions with their sentences reordered took half a minute, during which the server answered
 * nobody. So the diff works in coarser units first and every step has a bound:
 *   1. the texts are diffed by sentence (a paragraph end ends a sentence), matching sentences
 *      that occur once on each side and keeping the longest run of them in order (patience
 *      diff): O(n log n) in the number of sentences, however much was moved;
 *   2. a changed stretch loses its common start and end (so one edit in a long sentence costs
 *      nothing more), and the rest, when at most PAIR_MAX characters, is diffed by character
 *      with at most PAIR_EDITS edits, while the CHAR_BUDGET of comparisons for the whole diff lasts.
 * Beyond a bound a stretch is shown whole, removed then added: still exact, only coarser.
 */

/** Longest changed stretch (before + after, in characters) diffed character by character. */
const PAIR_MAX = 2000;
/** Most character edits looked for in one stretch: Myers' cost is length × edits. */
const PAIR_EDITS = 200;
/** Character comparisons (length × edits, summed) one diff may spend: some 20 ms on this 2-core machine. */
const CHAR_BUDGET = 400_000;
/** A gap without a sentence unique to both sides is diffed by Myers only when this short. */
const SMALL_GAP = 64;
/** Nesting of sentence-level passes; deeper gaps are shown whole. */
const MAX_DEPTH = 32;

/** Sentences, each with its closing punctuation, closing quotes and line break; they join back to the text. */
function sentences(text: string): string[] {
  return (
    text.match(/[^。！？!?；;\n]+[。！？!?；;]*[”’"'」』）)]*\n?|[。！？!?；;]+[”’"'」』）)]*\n?|\n/g) ?? []
  );
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Length of the common start, never ending inside a surrogate pair. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n += 1;
  return n > 0 && isHighSurrogate(a.charCodeAt(n - 1)) ? n - 1 : n;
}

/** Length of the common end (not overlapping `skip` leading characters), never starting inside a surrogate pair. */
function commonSuffix(a: string, b: string, skip: number): number {
  const max = Math.min(a.length, b.length) - skip;
  let n = 0;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n += 1;
  return n > 0 && n < a.length && isHighSurrogate(a.charCodeAt(a.length - 1 - n)) ? n - 1 : n;
}

class DiffBuilder {
  readonly parts: DiffPart[] = [];
  private budget = CHAR_BUDGET;

  push(kind: DiffPart["kind"], text: string): void {
    if (!text) return;
    const last = this.parts[this.parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else this.parts.push({ kind, text });
  }

  /**
   * A changed stretch: its common start and end taken off, the rest by character when it is
   * short and the budget lasts, or whole. Shown that way only when most of it is the same:
   * two unrelated sentences diffed by character are confetti, and read better whole.
   */
  change(before: string, after: string): void {
    if (!before || !after) {
      this.push("removed", before);
      this.push("added", after);
      return;
    }
    const head = commonPrefix(before, after);
    const tail = commonSuffix(before, after, head);
    const removed = before.slice(head, before.length - tail);
    const added = after.slice(head, after.length - tail);
    const middle = this.charDiff(removed, added);
    const same =
      head + tail + middle.reduce((n, part) => (part.kind === "same" ? n + part.text.length : n), 0);
    if (same * 2 < Math.min(before.length, after.length)) {
      this.push("removed", before);
      this.push("added", after);
      return;
    }
    this.push("same", before.slice(0, head));
    for (const part of middle) this.push(part.kind, part.text);
    this.push("same", before.slice(before.length - tail));
  }

  private charDiff(before: string, after: string): DiffPart[] {
    const whole: DiffPart[] = [
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ];
    const length = before.length + after.length;
    const edits = Math.min(length, PAIR_EDITS);
    if (!before || !after || length > PAIR_MAX || length * edits > this.budget) return whole;
    this.budget -= length * edits;
    const changes = diffChars(before, after, { maxEditLength: edits });
    return (
      changes?.map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value })) ??
      whole
    );
  }

  /** Sentence-level diff of a[aLo, aHi) against b[bLo, bHi). */
  sentences(
    a: string[],
    aLo: number,
    aHi: number,
    b: string[],
    bLo: number,
    bHi: number,
    depth: number,
  ): void {
    for (; aLo < aHi && bLo < bHi && a[aLo] === b[bLo]; aLo += 1, bLo += 1) this.push("same", a[aLo]);
    let tail = 0;
    while (aHi - tail > aLo && bHi - tail > bLo && a[aHi - 1 - tail] === b[bHi - 1 - tail]) tail += 1;
    this.gap(a, aLo, aHi - tail, b, bLo, bHi - tail, depth);
    this.push("same", a.slice(aHi - tail, aHi).join(""));
  }

  private gap(
    a: string[],
    aLo: number,
    aHi: number,
    b: string[],
    bLo: number,
    bHi: number,
    depth: number,
  ): void {
    if (aLo === aHi || bLo === bHi || depth >= MAX_DEPTH)
      return this.change(a.slice(aLo, aHi).join(""), b.slice(bLo, bHi).join(""));
    const anchors = uniqueAnchors(a, aLo, aHi, b, bLo, bHi);
    if (anchors.length === 0) return this.smallGap(a.slice(aLo, aHi), b.slice(bLo, bHi));
    let i = aLo;
    let j = bLo;
    for (const [ai, bj] of anchors) {
      this.sentences(a, i, ai, b, j, bj, depth + 1);
      this.push("same", a[ai]);
      i = ai + 1;
      j = bj + 1;
    }
    this.sentences(a, i, aHi, b, j, bHi, depth + 1);
  }

  /**
   * No sentence is the same on both sides, or none is unique: Myers by sentence when that is
   * cheap; else, as many sentences on each side (every sentence touched), sentence against sentence.
   */
  private smallGap(a: string[], b: string[]): void {
    const units = a.length + b.length <= SMALL_GAP ? diffArrays(a, b) : undefined;
    if (!units) {
      if (a.length !== b.length) return this.change(a.join(""), b.join(""));
      a.forEach((sentence, k) => this.change(sentence, b[k]));
      return;
    }
    let removed = "";
    for (const unit of units) {
      const text = unit.value.join("");
      if (unit.removed) removed += text;
      else if (unit.added) {
        this.change(removed, text);
        removed = "";
      } else {
        this.change(removed, "");
        removed = "";
        this.push("same", text);
      }
    }
    this.change(removed, "");
  }
}

/**
 * Sentences that occur exactly once on each side, as index pairs, reduced to the longest
 * run that is in the same order on both sides (patience sorting, O(n log n)).
 */
function uniqueAnchors(
  a: string[],
  aLo: number,
  aHi: number,
  b: string[],
  bLo: number,
  bHi: number,
): [number, number][] {
  const seen = new Map<string, { a: number; aCount: number; b: number; bCount: number }>();
  for (let i = aLo; i < aHi; i += 1) {
    const entry = seen.get(a[i]);
    if (entry) entry.aCount += 1;
    else seen.set(a[i], { a: i, aCount: 1, b: -1, bCount: 0 });
  }
  for (let j = bLo; j < bHi; j += 1) {
    const entry = seen.get(b[j]);
    if (entry && entry.bCount++ === 0) entry.b = j;
  }
  const pairs: [number, number][] = [];
  for (const entry of seen.values())
    if (entry.aCount === 1 && entry.bCount === 1) pairs.push([entry.a, entry.b]);
  pairs.sort((x, y) => x[0] - y[0]);

  // Longest increasing subsequence of the b indices: tails[k] ends the best run of length k + 1.
  const tails: number[] = [];
  const previous = new Array<number>(pairs.length);
  for (let p = 0; p < pairs.length; p += 1) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < pairs[p][1]) lo = mid + 1;
      else hi = mid;
    }
    previous[p] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = p;
  }
  const run: [number, number][] = [];
  for (let p = tails.length > 0 ? tails[tails.length - 1] : -1; p >= 0; p = previous[p]) run.push(pairs[p]);
  return run.reverse();
}

/**
 * A character-level diff for Chinese text (a word diff would mark whole sentences as changed),
 * bounded in time however long or reordered the texts are (see above). Long unchanged
 * stretches are kept whole; the view shortens them.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const builder = new DiffBuilder();
  const a = sentences(before);
  const b = sentences(after);
  builder.sentences(a, 0, a.length, b, 0, b.length, 0);
  return builder.parts;
}
