import { AppError } from "@/lib/errors/app-error";
import { stripXmlInvalid } from "@/lib/text/xml-safe-text";
import type { BylineCredit, ImportWarning, ParsedArchive, ParsedArticle } from "./archive-types";
import { inferIssueDate } from "./infer-issue-date";
import { joinCutParagraphs } from "./join-cut-paragraphs";
import { parseBylineLine, parseBylineLines } from "./parse-byline";
import { splitHeadline } from "./split-headline";

const HEADING = /^#{1,2}[ \t]+(.+)$/;
/** Markdown hard break: two or more trailing spaces, or a trailing backslash. */
const HARD_BREAK = /( {2,}|\\)$/;

interface Section {
  heading: string;
  headingLine: string;
  lines: string[];
}

function splitSections(text: string): { preamble: string[]; sections: Section[] } {
  const preamble: string[] = [];
  const sections: Section[] = [];
  for (const line of text.split("\n")) {
    const heading = HEADING.exec(line);
    if (heading) sections.push({ heading: heading[1].trim(), headingLine: line, lines: [] });
    else if (sections.length === 0) preamble.push(line);
    else sections.at(-1)!.lines.push(line);
  }
  return { preamble, sections };
}

function splitBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === "") {
      if (blocks.at(-1)!.length > 0) blocks.push([]);
    } else {
      blocks.at(-1)!.push(line);
    }
  }
  return blocks.filter((block) => block.length > 0);
}

/**
 * Takes the byline off the end of an article. It comes in two shapes: a block of its own
 * (possibly split over two lines), or the last line of the last paragraph after a hard break.
 */
function takeByline(blocks: string[][]): BylineCredit[] | null {
  const last = blocks.at(-1);
  if (!last) return null;
  const ownBlock = parseBylineLines(last.map((line) => line.trim()));
  if (ownBlock) {
    blocks.pop();
    return ownBlock;
  }
  if (last.length >= 2 && HARD_BREAK.test(last.at(-2)!)) {
    const trailing = parseBylineLine(last.at(-1)!);
    if (trailing) {
      last.pop();
      return trailing;
    }
  }
  return null;
}

function parseSection(section: Section, index: number, warnings: ImportWarning[]): ParsedArticle {
  const { headline, subtitle } = splitHeadline(section.heading);
  const article = index + 1;
  const blocks = splitBlocks(section.lines);
  const credits = takeByline(blocks);
  if (!credits)
    warnings.push({ code: "NO_BYLINE", article, message: `第${article}篇《${headline}》没有找到署名。` });

  const joined = joinCutParagraphs(blocks.map((block) => block.map((line) => line.trim()).join("")));
  for (const { char, context } of joined.doubled) {
    warnings.push({
      code: "DOUBLED_AT_CUT",
      article,
      message: `第${article}篇《${headline}》断行处“${char}”前后重复（${context}），已保留原文，请编辑核对。`,
    });
  }
  if (joined.unfinished) {
    warnings.push({
      code: "NO_FINAL_PUNCTUATION",
      article,
      message: `第${article}篇《${headline}》末段没有句末标点。`,
    });
  }
  return {
    headline,
    subtitle,
    paragraphs: joined.paragraphs,
    credits: credits ?? [],
    sourceText: [section.headingLine, ...section.lines].join("\n").trimEnd(),
  };
}

/**
 * Parses the plain-text export of one issue: `#`/`##` headings start articles, blank lines
 * separate paragraphs. Pure: no database, no clock. Throws AppError on a malformed file.
 */
export function parseArchive(text: string, options: { issueDate?: string } = {}): ParsedArchive {
  if (text.trim() === "") throw new AppError("MALFORMED_ARCHIVE", "文件是空的，没有可导入的内容。");
  // Control characters from a broken export would reach headlines and the RSS feed.
  const { preamble, sections } = splitSections(stripXmlInvalid(text));
  if (sections.length === 0) {
    throw new AppError("MALFORMED_ARCHIVE", "文件中没有以 # 或 ## 开头的标题行，无法分出稿件。");
  }
  const warnings: ImportWarning[] = [];
  if (preamble.some((line) => line.trim() !== "")) {
    warnings.push({ code: "TEXT_BEFORE_FIRST_HEADING", message: "第一个标题之前的文字未导入。" });
  }
  const articles = sections.map((section, index) => parseSection(section, index, warnings));
  const empty = articles.findIndex((article) => article.paragraphs.length === 0);
  if (empty >= 0) {
    throw new AppError("MALFORMED_ARCHIVE", `第${empty + 1}篇《${articles[empty].headline}》没有正文。`);
  }
  const inferred = options.issueDate
    ? { date: options.issueDate, evidence: ["--date"] }
    : inferIssueDate(text);
  return { articles, issueDate: inferred.date, dateEvidence: inferred.evidence, warnings };
}
