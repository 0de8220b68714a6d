import type { BlockCheck } from "./proof-issue";

/** Reduplications that are ordinary Chinese, never flagged. */
const NORMAL = new Set(
  (
    "常常 天天 人人 个个 家家 户户 年年 月月 日日 时时 处处 事事 刚刚 渐渐 慢慢 轻轻 多多 谢谢 看看 想想 试试 说说 " +
    "往往 仅仅 悄悄 默默 纷纷 频频 明明 偏偏 稍稍 步步 层层 节节 条条 项项 件件 次次 星星 妈妈 爸爸 哥哥 " +
    "姐姐 弟弟 妹妹 奶奶 爷爷 宝宝 冉冉 滚滚 熊熊 蒸蒸 欣欣 形形 色色 种种 样样 点点 滴滴 区区 匆匆 万万 千千 " +
    "累累 历历 井井 头头 久久 早早 好好 大大 小小 高高 平平 安安 踏踏 实实 扎扎 兢兢 业业 勤勤 恳恳 干干 净净"
  ).split(" "),
);

/** Four-character idioms built on a doubled character (念念不忘): the doubling is the idiom. */
const IDIOMS = new Set(
  (
    "念念不忘 井井有条 欣欣向荣 蒸蒸日上 滔滔不绝 津津有味 彬彬有礼 侃侃而谈 栩栩如生 比比皆是 息息相关 历历在目 " +
    "振振有词 源源不断 孜孜不倦 头头是道 跃跃欲试 默默无闻 步步为营 生生不息 高高兴兴 面面俱到 层层把关"
  ).split(" "),
);

const DOUBLED_CHAR = /(\p{Script=Han})\1/gu;
const DOUBLED_WORD = /(\p{Script=Han}{2})\1/gu;

/** A character or a two-character word written twice by mistake: 的的, 信念念, 干部干部. */
export const checkDoubled: BlockCheck = (text, block) => {
  const issues = [];
  for (const match of text.matchAll(DOUBLED_WORD)) {
    issues.push({
      check: "doubled" as const,
      block,
      from: match.index,
      to: match.index + match[0].length,
      message: `“${match[1]}”重复出现，可能多打了一次。`,
      fix: match[1],
    });
  }
  for (const match of text.matchAll(DOUBLED_CHAR)) {
    if (NORMAL.has(match[0]) || IDIOMS.has(text.slice(match.index, match.index + 4))) continue;
    if (issues.some((issue) => match.index >= issue.from && match.index < issue.to)) continue;
    issues.push({
      check: "doubled" as const,
      block,
      from: match.index,
      to: match.index + 2,
      message: `“${match[1]}”字重复，可能多打了一次。`,
      fix: match[1],
    });
  }
  return issues.sort((a, b) => a.from - b.from);
};
