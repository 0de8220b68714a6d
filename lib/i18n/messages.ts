/** UI text in both languages. Article content stays in Chinese whatever the reader picks. */
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

const zh = {
  siteName: "中原区报",
  siteTagline: "郑州市中原区 · 区域新闻",
  nav: { home: "首页", issues: "往期", search: "搜索", newsroom: "编辑部" },
  switchLanguage: "English",
  switchLanguageLabel: "Switch to English",
  skipToContent: "跳到正文",
  issueNumber: (n: number) => `第${n}期`,
  leadStory: "头条",
  contents: "本期目录",
  readMore: "阅读全文",
  articlesCount: (n: number) => `${n}篇`,
  characters: (n: number) => `${n.toLocaleString("zh-CN")}字`,
  allIssues: "往期回顾",
  yearIssues: (year: number, count: number) => `${year}年 · 共${count}期`,
  issueArchiveIntro: "按年份浏览本报已出版的各期。",
  noIssues: "暂无已出版的报纸。",
  backToIssue: (n: number) => `返回第${n}期目录`,
  previousArticle: "上一篇",
  nextArticle: "下一篇",
  corrections: "更正",
  corrected: "已更正",
  correctionOn: (date: string) => `${date}更正`,
  printIssue: "打印版",
  printNow: "打印",
  breadcrumb: "当前位置",
  articleNav: "本期其他文章",
  footer: "中原区报 · 郑州市中原区",
  footerNote: "本站内容为区域新闻，转载请注明出处。",
  notFoundTitle: "页面不存在",
  notFoundBody: "您要找的页面不存在，可能已被移除或尚未发布。",
  notFoundHome: "返回首页",
  notFoundIssues: "浏览往期",
  weekday: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
  date: (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
};

export type Messages = typeof zh;

const en: Messages = {
  siteName: "Zhongyuan District Bulletin",
  siteTagline: "News of Zhongyuan District, Zhengzhou",
  nav: { home: "Home", issues: "Past issues", search: "Search", newsroom: "Newsroom" },
  switchLanguage: "中文",
  switchLanguageLabel: "切换到中文",
  skipToContent: "Skip to content",
  issueNumber: (n) => `Issue ${n}`,
  leadStory: "Lead story",
  contents: "In this issue",
  readMore: "Read the article",
  articlesCount: (n) => `${n} ${n === 1 ? "article" : "articles"}`,
  characters: (n) => `${n.toLocaleString("en")} characters`,
  allIssues: "Past issues",
  yearIssues: (year, count) => `${year} · ${count} ${count === 1 ? "issue" : "issues"}`,
  issueArchiveIntro: "Browse every published issue by year.",
  noIssues: "No issue has been published yet.",
  backToIssue: (n) => `Back to issue ${n}`,
  previousArticle: "Previous",
  nextArticle: "Next",
  corrections: "Corrections",
  corrected: "Corrected",
  correctionOn: (date) => `Corrected ${date}`,
  printIssue: "Print edition",
  printNow: "Print",
  breadcrumb: "You are here",
  articleNav: "More in this issue",
  footer: "Zhongyuan District Bulletin · Zhengzhou",
  footerNote: "Regional news. Please credit the source when republishing.",
  notFoundTitle: "Page not found",
  notFoundBody: "The page you are looking for does not exist, was removed, or is not published yet.",
  notFoundHome: "Front page",
  notFoundIssues: "Past issues",
  weekday: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  date: (y, m, d) =>
    `${d} ${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]} ${y}`,
};

export const MESSAGES: Record<Locale, Messages> = { "zh-CN": zh, en };

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}
