import { createHash } from "node:crypto";
import path from "node:path";
import type { Database, Tx } from "@/lib/db";
import { docToPlainText, paragraphsToDoc } from "@/lib/editor/article-doc";
import { normalizeArticleDoc } from "@/lib/editor/normalize-doc";
import { reindexIssue } from "@/lib/search/reindex";
import { ensureDefaultSections } from "@/lib/sections/ensure-default-sections";
import { countCharacters } from "@/lib/text/count-characters";
import { toFullWidthPunctuation } from "@/lib/text/full-width-punctuation";
import { startOfShanghaiDay } from "@/lib/time/shanghai";
import type { BylineCredit, ParsedArchive } from "./archive-types";
import { guessSection } from "./guess-section";
import type { ImportReport } from "./import-report";
import { parseArchive } from "./parse-archive";
import { readArchiveText } from "./read-archive-text";

export interface ImportArchiveInput {
  fileName: string;
  bytes: Uint8Array;
  /** Overrides the date inferred from the text (YYYY-MM-DD). */
  issueDate?: string;
}

async function findOrCreatePeople(tx: Tx, credits: BylineCredit[], seen: Map<string, boolean>) {
  const ids: string[] = [];
  for (const credit of credits) {
    const key = { name: credit.name, kind: credit.role };
    const existing = await tx.person.findUnique({ where: { name_kind: key }, select: { id: true } });
    const person = existing ?? (await tx.person.create({ data: key, select: { id: true } }));
    if (!seen.has(`${credit.role}:${credit.name}`)) seen.set(`${credit.role}:${credit.name}`, !existing);
    ids.push(person.id);
  }
  return ids;
}

async function writeIssue(tx: Tx, parsed: ParsedArchive) {
  const sections = await ensureDefaultSections(tx);
  const last = await tx.issue.findFirst({ orderBy: { number: "desc" }, select: { number: true } });
  const publishAt = startOfShanghaiDay(parsed.issueDate);
  const issue = await tx.issue.create({
    data: { number: (last?.number ?? 0) + 1, date: parsed.issueDate, status: "PUBLISHED", publishAt },
  });
  const people = new Map<string, boolean>();

  for (const [position, article] of parsed.articles.entries()) {
    const doc = normalizeArticleDoc(paragraphsToDoc(article.paragraphs.map(toFullWidthPunctuation)));
    const body = JSON.stringify(doc);
    const charCount = countCharacters(docToPlainText(doc));
    const personIds = await findOrCreatePeople(tx, article.credits, people);
    await tx.article.create({
      data: {
        headline: toFullWidthPunctuation(article.headline),
        subtitle: toFullWidthPunctuation(article.subtitle),
        body,
        sourceText: article.sourceText,
        status: "PUBLISHED",
        origin: "IMPORTED",
        charCount,
        isLead: position === 0,
        position,
        publishedAt: publishAt,
        issueId: issue.id,
        sectionId: sections.get(guessSection(article.headline, position)),
        bylines: {
          create: article.credits.map((credit, i) => ({ personId: personIds[i], role: credit.role, position: i })),
        },
        revisions: {
          create: { number: 1, headline: article.headline, subtitle: article.subtitle, body, charCount, note: "存档导入" },
        },
        events: { create: { fromStatus: "", toStatus: "PUBLISHED", note: "存档导入" } },
      },
      select: { id: true },
    });
  }
  return { issue, people };
}

/**
 * Imports one archive file as a published issue, in one transaction: a malformed file
 * writes nothing. Idempotent by content hash: the same file again changes nothing.
 */
export async function importArchive(db: Database, input: ImportArchiveInput): Promise<ImportReport> {
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const file = path.basename(input.fileName);
  const previous = await db.importBatch.findUnique({ where: { sha256 } });
  if (previous) {
    const report = JSON.parse(previous.report) as ImportReport;
    return {
      ...report,
      outcome: "UNCHANGED",
      articles: { ...report.articles, created: 0, unchanged: report.articles.headlines.length },
      people: { ...report.people, created: 0, existing: report.people.names.length },
    };
  }

  const parsed = parseArchive(readArchiveText(input.bytes), { issueDate: input.issueDate });
  return db.$transaction(async (tx) => {
    const { issue, people } = await writeIssue(tx, parsed);
    const created = [...people.values()].filter(Boolean).length;
    const report: ImportReport = {
      file,
      sha256,
      outcome: "CREATED",
      issue: { number: issue.number, date: parsed.issueDate, dateEvidence: parsed.dateEvidence },
      articles: { created: parsed.articles.length, unchanged: 0, headlines: parsed.articles.map((a) => a.headline) },
      people: { created, existing: people.size - created, names: [...people.keys()].map((k) => k.split(":")[1]) },
      warnings: parsed.warnings,
    };
    await tx.importBatch.create({ data: { fileName: file, sha256, report: JSON.stringify(report), issueId: issue.id } });
    await reindexIssue(tx, issue.id);
    return report;
  });
}
