/** UI text in both languages. Article content stays in Chinese whatever the reader picks. */
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

const zh = {
  siteTagline: "郑州市中原区 · 区域新闻",
  nav: { home: "首页", issues: "往期", search: "搜索" },
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
  /** After the paper's name in the footer. */
  footerPlace: "郑州市中原区",
  footerNote: "本站内容为区域新闻，转载请注明出处。",
  searchTitle: "搜索",
  searchLabel: "搜索关键词",
  searchButton: "搜索",
  searchAllYears: "全部年份",
  searchAllSections: "全部栏目",
  searchYear: "年份",
  searchSection: "栏目",
  searchResults: (n: number, q: string, capped: boolean) => `“${q}”共找到 ${n}${capped ? " 多" : " "}篇文章`,
  searchNone: (q: string) => `没有找到与“${q}”相关的文章。`,
  searchUnsearchable: (q: string) => `“${q}”中没有可以搜索的字词：请输入汉字、字母或数字。`,
  /** A year or a section listed without words: "2023年 “党建”栏目". */
  listedWhat: (year: string | undefined, section: string | null) =>
    [year && `${year}年`, section && `“${section}”栏目`].filter(Boolean).join(" "),
  searchListed: (n: number, what: string, capped: boolean) =>
    `${what}：共 ${n}${capped ? " 多" : " "}篇文章，最新的在前`,
  searchListedNone: (what: string) => `${what}：没有已发布的文章。`,
  searchHint: "输入关键词搜索本报已发布的文章，例如：党建、社区、网格。",
  pageOf: (page: number, pages: number) => `第 ${page} / ${pages} 页`,
  previousPage: "上一页",
  nextPage: "下一页",
  notFoundTitle: "页面不存在",
  notFoundBody: "您要找的页面不存在，可能已被移除或尚未发布。",
  notFoundHome: "返回首页",
  notFoundIssues: "浏览往期",
  withdrawnTitle: "该稿件已撤下",
  withdrawnBody: (n: number) => `这篇稿件原刊于第${n}期，已由编辑部撤下，不再提供阅读。`,
  weekday: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
  date: (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
};

export type Messages = typeof zh;

const en: Messages = {
  siteTagline: "News of Zhongyuan District, Zhengzhou",
  nav: { home: "Home", issues: "Past issues", search: "Search" },
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
  footerPlace: "Zhengzhou",
  footerNote: "Regional news. Please credit the source when republishing.",
  searchTitle: "Search",
  searchLabel: "Search terms",
  searchButton: "Search",
  searchAllYears: "All years",
  searchAllSections: "All sections",
  searchYear: "Year",
  searchSection: "Section",
  searchResults: (n, q, capped) =>
    `${n}${capped ? "+" : ""} ${n === 1 ? "article" : "articles"} found for “${q}”`,
  searchNone: (q) => `Nothing found for “${q}”.`,
  searchUnsearchable: (q) => `“${q}” has nothing to search for: use Chinese characters, letters or digits.`,
  listedWhat: (year, section) => [section && `“${section}”`, year].filter(Boolean).join(", "),
  searchListed: (n, what, capped) =>
    `${what}: ${n}${capped ? "+" : ""} ${n === 1 ? "article" : "articles"}, newest first`,
  searchListedNone: (what) => `${what}: no published articles.`,
  searchHint: "Search the published articles of the bulletin, e.g. 党建, 社区, 网格.",
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  previousPage: "Previous page",
  nextPage: "Next page",
  notFoundTitle: "Page not found",
  notFoundBody: "The page you are looking for does not exist, was removed, or is not published yet.",
  notFoundHome: "Front page",
  notFoundIssues: "Past issues",
  withdrawnTitle: "This article has been withdrawn",
  withdrawnBody: (n) =>
    `This article appeared in issue ${n} and has been withdrawn by the editors. It is no longer available.`,
  weekday: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  date: (y, m, d) =>
    `${d} ${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]} ${y}`,
};

export const MESSAGES: Record<Locale, Messages> = { "zh-CN": zh, en };

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}
