import type { ImportWarning } from "./archive-types";

/** Stored as ImportBatch.report (Json): a type, not an interface, so that it is assignable to JSON. */
export type ImportReport = {
  file: string;
  sha256: string;
  /** CREATED on the first import of this file, UNCHANGED when it was imported before. */
  outcome: "CREATED" | "UNCHANGED";
  issue: { number: number; date: string; dateEvidence: string[] };
  articles: { created: number; unchanged: number; headlines: string[] };
  people: { created: number; existing: number; names: string[] };
  warnings: ImportWarning[];
};

/** The report as a person reads it in a terminal, in Chinese. */
export function formatImportReport(report: ImportReport): string {
  const lines = [
    report.outcome === "CREATED"
      ? `已导入 ${report.file}：第${report.issue.number}期（${report.issue.date}）`
      : `${report.file} 此前已导入（第${report.issue.number}期），本次未做任何改动。`,
    `  出版日期依据：${report.issue.dateEvidence.join("、")}`,
    `  稿件：新建 ${report.articles.created} 篇，未变 ${report.articles.unchanged} 篇`,
    ...report.articles.headlines.map((headline, i) => `    ${i + 1}. ${headline}`),
    `  署名人员：新建 ${report.people.created} 人，已有 ${report.people.existing} 人（${report.people.names.join("、")}）`,
    `  警告：${report.warnings.length} 条`,
    ...report.warnings.map((w) => `    - ${w.message}`),
  ];
  return lines.join("\n");
}
