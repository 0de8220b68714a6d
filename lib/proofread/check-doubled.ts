import type { BlockCheck, ProofIssue } from "./proof-issue";

/** Reduplications that are ordinary Chinese, never flagged (also where no word segmenter runs). */
const NORMAL = new Set(
  (
    "常常 天天 人人 个个 家家 户户 年年 月月 日日 时时 处处 事事 刚刚 渐渐 慢慢 轻轻 多多 谢谢 看看 想想 试试 说说 " +
    "往往 仅仅 悄悄 默默 纷纷 频频 明明 偏偏 稍稍 步步 层层 节节 条条 项项 件件 次次 星星 妈妈 爸爸 哥哥 " +
    "姐姐 弟弟 妹妹 奶奶 爷爷 宝宝 冉冉 滚滚 熊熊 蒸蒸 欣欣 形形 色色 种种 样样 点点 滴滴 区区 匆匆 万万 千千 " +
    "累累 历历 井井 头头 久久 早早 好好 大大 小小 高高 平平 安安 踏踏 实实 扎扎 兢兢 业业 勤勤 恳恳 干干 净净 " +
    "一一 重重 清清 楚楚 认认 真真 来来 方方 面面 上上 下下 口口 声声"
  ).split(" "),
);

/** Four-character idioms built on a doubled character (念念不忘): the doubling is the idiom. */
const IDIOMS = new Set(
  (
    "念念不忘 井井有条 欣欣向荣 蒸蒸日上 滔滔不绝 津津有味 彬彬有礼 侃侃而谈 栩栩如生 比比皆是 息息相关 历历在目 " +
    "振振有词 源源不断 孜孜不倦 头头是道 跃跃欲试 默默无闻 步步为营 生生不息 高高兴兴 面面俱到 层层把关 实实在在 " +
    "里里外外 明明白白 清清楚楚 认认真真 扎扎实实 踏踏实实 干干净净 来来往往 上上下下 方方面面"
  ).split(" "),
);

/** Verbs said twice on purpose (研究研究: "look into it a little"). */
const REDUPLICATED_VERBS = new Set(
  "研究 讨论 商量 考虑 学习 活动 休息 打扫 交流 了解 体验 检查 锻炼 尝试 欣赏 介绍 整理".split(" "),
);

/**
 * Characters that stand as a word of their own: 现在|在|社区 is two words that happen to
 * meet, where 信念|念 leaves a 念 that belongs to nothing.
 */
const STANDALONE = new Set(
  "在 是 的 了 和 与 对 把 被 从 向 给 为 也 都 就 又 才 还 很 有 个 这 那 不 上 下 中 里 等 及 或 并 将 已 要 会 能 让 使 由 以 于 而 之 其 此 各 每 所 地 得 着 过 来 去 到 说 做 人 大 小 多 少 好 新".split(
    " ",
  ),
);

/**
 * Words the segmenter makes of a pronoun and a particle (我的, 他的): not a word that
 * could end before a repeated 的, so 我的的书 is still a typo.
 */
const PARTICLE_ENDING = /^\p{Script=Han}{1,2}[的地得着了]$/u;
const LEXICAL_PARTICLE_WORDS = new Set(
  "目的 有的 别的 真的 似的 是的 标的 为了 除了 罢了 算了 末了 到了".split(" "),
);

/** Suffixes that never start a word: a lone 们 after 我们 is always one too many. */
const BOUND_SUFFIXES = new Set("们 么 吗 呢 吧 啊 嘛 呀".split(" "));

/** Words of news copy the segmenter's dictionary lacks (学习|习近平, 在|在线, 深入|入户). */
const MORE_WORDS = "习近平 在线 在岗 在职 在建 在校 入户 入党 入驻 入职 入学 入园 入库".split(" ");

/** How far around a doubling the segmenter looks: enough for the words on either side. */
const WINDOW = 8;

const segmenter =
  typeof Intl !== "undefined" && "Segmenter" in Intl
    ? new Intl.Segmenter("zh", { granularity: "word" })
    : null;

/** The segmenter's words around [from, to) of the text, with their offsets in the text. */
function wordsAround(text: string, from: number, to: number) {
  const start = Math.max(0, from - WINDOW);
  return [...segmenter!.segment(text.slice(start, to + WINDOW))].map((s) => ({
    word: s.segment,
    from: start + s.index,
    to: start + s.index + s.segment.length,
  }));
}

/** The word the text before `end` ends with, read without what follows. */
function wordEndingAt(text: string, end: number): string {
  return [...segmenter!.segment(text.slice(Math.max(0, end - WINDOW), end))].at(-1)?.segment ?? "";
}

/** The word the text from `start` begins with, read without what precedes. */
function wordStartingAt(text: string, start: number): string {
  return [...segmenter!.segment(text.slice(start, start + WINDOW))][0]?.segment ?? "";
}

function isLexical(word: string): boolean {
  if (word.length < 2) return false;
  return !PARTICLE_ENDING.test(word) || LEXICAL_PARTICLE_WORDS.has(word);
}

/** Whether the text before `end` ends with a word (信念), not with a lone character. */
function endsWord(text: string, end: number): boolean {
  return isLexical(wordEndingAt(text, end)) || MORE_WORDS.some((w) => text.slice(0, end).endsWith(w));
}

/** Whether the text from `start` begins with a word (在线), not with a lone character. */
function startsWord(text: string, start: number): boolean {
  return isLexical(wordStartingAt(text, start)) || MORE_WORDS.some((w) => text.startsWith(w, start));
}

const isHanAt = (text: string, at: number) => /\p{Script=Han}/u.test(text.charAt(at));

/**
 * Whether a character written twice, `pair` at `at`, is two words meeting (现在|在) or one
 * word (区区), rather than a typo.
 */
function doubledCharIsWords(text: string, at: number, pair: string): boolean {
  const half = pair.length / 2;
  const char = pair.slice(0, half);
  const idiom = IDIOMS.has(text.slice(at, at + 4)) || (at >= 2 && IDIOMS.has(text.slice(at - 2, at + 2)));
  if (NORMAL.has(pair) || idiom) return true;
  // 一次次, 一个个: a measure word repeated after 一.
  if (text[at - 1] === "一") return true;
  if (!segmenter) return false;
  const words = wordsAround(text, at, at + pair.length);
  const first = words.find((w) => w.from <= at && at < w.to);
  if (first && first.to >= at + pair.length) return true;
  // Each side read on its own, so the two copies do not compete for one dictionary word.
  const firstInWord = endsWord(text, at + half);
  const secondInWord = startsWord(text, at + half);
  if (firstInWord && secondInWord) return true; // 工作|作风, 为了|了解
  if (!firstInWord && !secondInWord) return false; // 的|的, 是|是
  // A word and a lone copy: fine when the lone one is a word by itself (现在|在, 是|是否).
  if (STANDALONE.has(char)) return true;
  if (BOUND_SUFFIXES.has(char)) return false; // 我们|们
  // A lone copy at the edge of a phrase belongs to nothing (信念|念，); one inside running text
  // may begin or end a word the dictionary lacks, and is left alone.
  return firstInWord ? isHanAt(text, at + pair.length) : isHanAt(text, at - 1);
}

/** Whether a two-character word written twice, `twice` at `at`, is meant: 研究研究, 发展|发展中国家. */
function doubledWordIsMeant(text: string, at: number, twice: string): boolean {
  const half = twice.length / 2;
  if (REDUPLICATED_VERBS.has(twice.slice(0, half))) return true;
  if (!segmenter) return false;
  const bounds = new Set(wordsAround(text, at, at + twice.length).flatMap((w) => [w.from, w.to]));
  return ![at, at + half, at + twice.length].every((b) => bounds.has(b));
}

const DOUBLED_CHAR = /(\p{Script=Han})\1/gu;
const DOUBLED_WORD = /(\p{Script=Han}{2})\1/gu;

/**
 * A character or a two-character word written twice by mistake: 的的, 信念念, 干部干部. Where a
 * word ends in the character the next word starts with (现在在, 为了了解, 工作作风), the
 * doubling is Chinese, not a typo: a word segmenter (Intl.Segmenter's dictionary) tells them apart.
 */
export const checkDoubled: BlockCheck = ({ text, index }) => {
  const issues: ProofIssue[] = [];
  for (const match of text.matchAll(DOUBLED_WORD)) {
    if (doubledWordIsMeant(text, match.index, match[0])) continue;
    issues.push({
      check: "doubled",
      block: index,
      from: match.index,
      to: match.index + match[0].length,
      message: `“${match[1]}”重复出现，可能多打了一次。`,
      fix: match[1],
      certain: true,
    });
  }
  for (const match of text.matchAll(DOUBLED_CHAR)) {
    if (issues.some((issue) => match.index >= issue.from && match.index < issue.to)) continue;
    if (doubledCharIsWords(text, match.index, match[0])) continue;
    issues.push({
      check: "doubled",
      block: index,
      from: match.index,
      to: match.index + match[0].length,
      message: `“${match[1]}”字重复，可能多打了一次。`,
      fix: match[1],
      certain: true,
    });
  }
  return issues.sort((a, b) => a.from - b.from);
};
