import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import type { Database, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type ArticleContent, articleContent } from "@/lib/articles/article-content";
import { paragraphsToDoc } from "@/lib/editor/article-doc";
import { AppError } from "@/lib/errors/app-error";
import { searchRowOf } from "@/lib/search/reindex";
import { insertSearchRows } from "@/lib/search/search-index-sql";
import { ensureDefaultSections } from "@/lib/sections/ensure-default-sections";
import { toFullWidthPunctuation } from "@/lib/text/full-width-punctuation";
import { startOfShanghaiDay } from "@/lib/time/shanghai";
import type { ParsedArchive, ParsedArticle } from "./archive-types";
import { insertRows } from "./bulk-insert-sql";
import { guessSection } from "./guess-section";
import type { ImportReport } from "./import-report";
import { parseArchive } from "./parse-archive";
import { readArchiveText } from "./read-archive-text";
import { invalidateReaderPages } from "@/lib/reader-cache/invalidate-reader-pages";
import { recordArchiveImported } from "@/lib/workflow/apply-article-change";

export interface ImportArchiveInput {
  fileName: string;
  bytes: Uint8Array;
  /** Overrides the date inferred from the text (YYYY-MM-DD). */
  issueDate?: string;
  /** Imports even when an issue with the same date and headlines exists (a deliberate second copy). */
  allowDuplicate?: boolean;
  /** Called as articles are written: an archive of thousands takes a while. */
  onProgress?: (written: number, total: number) => void;
}

/** Articles written between two progress reports. */
const ARTICLES_PER_BATCH = 500;
/** Names per lookup: SQLite (and Prisma for it) binds at most 999 parameters per statement. */
const NAMES_PER_QUERY = 500;
/** The whole import is one transaction: a large archive needs far longer than Prisma's 5 s default. */
const TRANSACTION_TIMEOUT_MS = 15 * 60_000;

/** An article ready to store: everything computed before the transaction takes the write lock. */
interface PreparedArticle extends ArticleContent {
  parsed: ParsedArticle;
  headline: string;
  subtitle: string;
  sectionName: string;
}

function prepareArticle(article: ParsedArticle, position: number): PreparedArticle {
  const headline = toFullWidthPunctuation(article.headline);
  const subtitle = toFullWidthPunctuation(article.subtitle);
  return {
    parsed: article,
    headline,
    subtitle,
    ...articleContent({
      headline,
      subtitle,
      body: paragraphsToDoc(article.paragraphs.map(toFullWidthPunctuation)),
    }),
    sectionName: guessSection(article.headline, position),
  };
}

function batches<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );
}

const personKey = (role: string, name: string) => `${role}:${name}`;

/**
 * Every credited person's id, creating those not known yet. The map keeps the order in which
 * the file first names them (the report lists them so), with whether the import created them.
 */
async function findOrCreatePeople(tx: Tx, parsed: ParsedArchive) {
  const credits = new Map(
    parsed.articles.flatMap((a) => a.credits).map((c) => [personKey(c.role, c.name), c]),
  );
  const names = [...new Set([...credits.values()].map((c) => c.name))];
  const existing = new Map<string, string>();
  for (const batch of batches(names, NAMES_PER_QUERY)) {
    for (const person of await tx.person.findMany({
      where: { name: { in: batch } },
      select: { id: true, name: true, kind: true },
    })) {
      existing.set(personKey(person.kind, person.name), person.id);
    }
  }
  const missing = [...credits]
    .filter(([key]) => !existing.has(key))
    .map(([, c]) => ({ name: c.name, kind: c.role }));
  const created = new Map<string, string>();
  for (const batch of batches(missing, NAMES_PER_QUERY)) {
    for (const person of await tx.person.createManyAndReturn({
      data: batch,
      select: { id: true, name: true, kind: true },
    })) {
      created.set(personKey(person.kind, person.name), person.id);
    }
  }
  return new Map(
    [...credits.keys()].map((key) => [
      key,
      { id: existing.get(key) ?? created.get(key)!, created: created.has(key) },
    ]),
  );
}

async function writeIssue(
  tx: Tx,
  parsed: ParsedArchive,
  articles: PreparedArticle[],
  onProgress: ImportArchiveInput["onProgress"],
) {
  const sections = await ensureDefaultSections(tx);
  const last = await tx.issue.findFirst({ orderBy: { number: "desc" }, select: { number: true } });
  const publishAt = startOfShanghaiDay(parsed.issueDate);
  const issue = await tx.issue.create({
    data: { number: (last?.number ?? 0) + 1, date: parsed.issueDate, status: "PUBLISHED", publishAt },
  });
  const people = await findOrCreatePeople(tx, parsed);
  const now = new Date();

  for (const [index, batch] of batches(articles, ARTICLES_PER_BATCH).entries()) {
    const first = index * ARTICLES_PER_BATCH;
    const rows = batch.map((article, i) => ({ article, id: randomUUID(), position: first + i }));
    await insertRows(
      tx,
      "Article",
      rows.map(
        ({ article, id, position }) =>
          ({
            id,
            headline: article.headline,
            subtitle: article.subtitle,
            body: article.body,
            plainText: article.plainText,
            sourceText: article.parsed.sourceText,
            status: "PUBLISHED",
            origin: "IMPORTED",
            charCount: article.charCount,
            isLead: position === 0,
            position,
            publishedAt: publishAt,
            issueId: issue.id,
            sectionId: sections.get(article.sectionName) ?? null,
            createdAt: now,
            updatedAt: now,
          }) satisfies Prisma.ArticleCreateManyInput,
      ),
    );
    await insertRows(
      tx,
      "ArticleByline",
      rows.flatMap(({ article, id }) =>
        article.parsed.credits.map(
          (credit, position) =>
            ({
              articleId: id,
              personId: people.get(personKey(credit.role, credit.name))!.id,
              role: credit.role,
              position,
            }) satisfies Prisma.ArticleBylineCreateManyInput,
        ),
      ),
    );
    await insertRows(
      tx,
      "Revision",
      rows.map(
        ({ article, id }) =>
          ({
            id: randomUUID(),
            articleId: id,
            number: 1,
            headline: article.parsed.headline,
            subtitle: article.parsed.subtitle,
            body: article.body,
            charCount: article.charCount,
            note: "存档导入",
            createdAt: now,
          }) satisfies Prisma.RevisionCreateManyInput,
      ),
    );
    await recordArchiveImported(
      tx,
      rows.map(({ id }) => id),
      now,
    );
    // The new issue is published, so every article is listed: index them from what is at hand
    // rather than reading 20,000 bodies back.
    await insertSearchRows(
      tx,
      rows.map(({ article, id }) =>
        searchRowOf({
          ...article,
          id,
          publishedAt: publishAt,
          sectionId: sections.get(article.sectionName) ?? null,
          issue: { date: parsed.issueDate, publishAt },
          bylineNames: article.parsed.credits.map((credit) => credit.name),
        }),
      ),
    );
    onProgress?.(first + batch.length, articles.length);
  }
  return { issue, people };
}

/** An issue of that date with the same headlines: the same archive, exported or edited differently. */
async function findSameIssue(db: Database, parsed: ParsedArchive) {
  const headlines = parsed.articles.map((a) => toFullWidthPunctuation(a.headline)).sort();
  const candidates = await db.issue.findMany({
    where: { date: parsed.issueDate },
    select: { id: true, number: true },
  });
  for (const candidate of candidates) {
    const stored = await db.article.findMany({
      where: { issueId: candidate.id },
      select: { headline: true },
    });
    const storedHeadlines = stored.map((a) => a.headline).sort();
    if (storedHeadlines.length === headlines.length && storedHeadlines.every((h, i) => h === headlines[i]))
      return candidate;
  }
  return null;
}

/**
 * Imports one archive file as a published issue, in one transaction: a malformed file
 * writes nothing. Idempotent by content: the same archive again changes nothing, whatever
 * its line endings, byte-order mark or trailing blank lines.
 */
export async function importArchive(db: Database, input: ImportArchiveInput): Promise<ImportReport> {
  const text = readArchiveText(input.bytes);
  const sha256 = createHash("sha256").update(text).digest("hex");
  // Batches recorded before the hash followed the content hold the hash of the file's bytes.
  const bytesSha256 = createHash("sha256").update(input.bytes).digest("hex");
  const file = path.basename(input.fileName);
  const previous = await db.importBatch.findFirst({ where: { sha256: { in: [sha256, bytesSha256] } } });
  if (previous) {
    const report = previous.report as unknown as ImportReport;
    return {
      ...report,
      outcome: "UNCHANGED",
      articles: { ...report.articles, created: 0, unchanged: report.articles.headlines.length },
      people: { ...report.people, created: 0, existing: report.people.names.length },
    };
  }

  const parsed = parseArchive(text, { issueDate: input.issueDate });
  if (!input.allowDuplicate) {
    const same = await findSameIssue(db, parsed);
    if (same) {
      throw new AppError(
        "CONFLICT",
        `第${same.number}期（${parsed.issueDate}）已有相同日期、相同标题的 ${parsed.articles.length} 篇稿件，这份存档很可能已经导入过。确需再导入一份，请加 --allow-duplicate。`,
      );
    }
  }
  const articles = parsed.articles.map(prepareArticle);
  return db.$transaction(
    async (tx) => {
      const { issue, people } = await writeIssue(tx, parsed, articles, input.onProgress);
      const created = [...people.values()].filter((p) => p.created).length;
      const report: ImportReport = {
        file,
        sha256,
        outcome: "CREATED",
        issue: { number: issue.number, date: parsed.issueDate, dateEvidence: parsed.dateEvidence },
        articles: {
          created: parsed.articles.length,
          unchanged: 0,
          headlines: parsed.articles.map((a) => a.headline),
        },
        people: {
          created,
          existing: people.size - created,
          names: [...people.keys()].map((k) => k.split(":")[1]),
        },
        warnings: parsed.warnings,
      };
      await tx.importBatch.create({
        data: { fileName: file, sha256, report, issueId: issue.id },
      });
      // A running site lists the new issue at once (the front page, 往期, the feed).
      await invalidateReaderPages(tx, { issues: [issue.number] }, new Date());
      return report;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}
