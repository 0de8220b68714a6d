// `npm run bench:diff`: times the revision diff (lib/articles/diff-text.ts) on two 20,000-character
// versions changed in the ways that used to stall the server, next to the unbounded character
// diff it replaced on a text a tenth as long. Not a test: the numbers depend on the machine.
import { diffChars } from "diff";
import { diffText } from "@/lib/articles/diff-text";
import { seededRandom, shuffle } from "@/lib/testing/seeded-random";

const LENGTH = 20_000;
const RUNS = 5;

const CHARS = "中原区人民政府工作报告推进城市更新优化营商环境加强基层治理群众满意度持续提升社区服务";

/** Newspaper-like sentences, five to a paragraph, about `length` characters in all. */
function sentences(length: number, next: () => number): string[] {
  const out: string[] = [];
  for (let total = 0, i = 0; total < length; i += 1) {
    const words = Array.from(
      { length: 12 + Math.floor(next() * 20) },
      () => CHARS[Math.floor(next() * CHARS.length)],
    ).join("");
    const sentence = `第${i}项${words}。${i % 5 === 4 ? "\n" : ""}`;
    out.push(sentence);
    total += sentence.length;
  }
  return out;
}

function editEveryOther(text: string, next: () => number): string {
  return Array.from(text, (c, i) =>
    i % 2 === 0 && c !== "。" && c !== "\n" ? CHARS[Math.floor(next() * CHARS.length)] : c,
  ).join("");
}

const next = seededRandom(42);
const base = sentences(LENGTH, next);
const before = base.join("");
const paragraphs = before.split(/(?<=\n)/);
const unpunctuated = before.replace(/[。\n]/g, "");

const cases: [string, string, string][] = [
  ["sentences shuffled", before, shuffle(base, next).join("")],
  ["paragraphs reversed", before, [...paragraphs].reverse().join("")],
  [
    "5% of sentences edited",
    before,
    base.map((s) => (next() < 0.05 ? s.replace(/项/, "项重点") : s)).join(""),
  ],
  ["every sentence half rewritten", before, base.map((s) => editEveryOther(s, next)).join("")],
  ["characters reversed, no punctuation", unpunctuated, Array.from(unpunctuated).reverse().join("")],
  ["characters shuffled", before, shuffle(Array.from(before), next).join("")],
  [
    "one edit in an unpunctuated text",
    unpunctuated,
    `${unpunctuated.slice(0, 9000)}新增${unpunctuated.slice(9000)}`,
  ],
];

function time(run: () => unknown): { median: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  return { median: times[Math.floor(RUNS / 2)], max: times[RUNS - 1] };
}

console.log(`diffText, ${RUNS} runs each (ms):`);
console.log("| change | before | after | parts | median | max |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const [name, a, b] of cases) {
  const { median, max } = time(() => diffText(a, b));
  console.log(
    `| ${name} | ${a.length} | ${b.length} | ${diffText(a, b).length} | ${median.toFixed(1)} | ${max.toFixed(1)} |`,
  );
}

const small = sentences(LENGTH / 10, seededRandom(7));
const start = performance.now();
diffChars(small.join(""), shuffle(small, seededRandom(8)).join(""));
console.log(
  `\nfor comparison, the unbounded diffChars on ${small.join("").length} characters, sentences shuffled: ${(performance.now() - start).toFixed(0)} ms`,
);
