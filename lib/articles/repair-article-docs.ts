import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paragraphsToDoc } from "@/lib/editor/article-doc";
import { textOnlyDoc } from "@/lib/editor/readable-doc";
import { stripXmlInvalid } from "@/lib/text/xml-safe-text";
import { type ArticleContent, articleContent, sameDoc } from "./article-content";

/**
 * Set by a migration when the stored text needs a pass through the storage boundary: SQL
 * cannot run the editor's schema check nor count 字数, so the migration only queues the pass
 * and the next start (prepareDatabase) does it, once.
 */
export const REPAIR_QUEUED_KEY = "maintenance.repair-article-docs";

const PAGE = 500;

interface StoredText {
  id: string;
  headline: string;
  subtitle: string;
  body: Prisma.JsonValue;
  charCount: number;
  /** Articles only: revisions keep no plain text. */
  plainText?: string;
}

/**
 * The row as the storage boundary would have written it. A body that was never a document
 * (plain text from before documents, kept as a JSON string by the migration) becomes its
 * paragraphs; a document the gate refuses is kept as plain paragraphs of its text, so that
 * nobody is left with an article that cannot be opened.
 */
function contentOf(row: StoredText): ArticleContent & { headline: string; subtitle: string } {
  const headline = stripXmlInvalid(row.headline);
  const subtitle = stripXmlInvalid(row.subtitle);
  const json = typeof row.body === "string" ? paragraphsToDoc(row.body.split("\n")) : row.body;
  try {
    return { headline, subtitle, ...articleContent({ headline, subtitle, body: json }) };
  } catch {
    return { headline, subtitle, ...articleContent({ headline, subtitle, body: textOnlyDoc(json) }) };
  }
}

type Repair = Omit<ArticleContent, "plainText"> & { headline: string; subtitle: string; plainText?: string };

/** The row's text as the boundary writes it, or null when it already is. */
function repairRow(row: StoredText): Repair | null {
  const { plainText, ...content } = contentOf(row);
  const unchanged =
    content.headline === row.headline &&
    content.subtitle === row.subtitle &&
    sameDoc(row.body, content.body) &&
    content.charCount === row.charCount &&
    (row.plainText === undefined || row.plainText === plainText);
  if (unchanged) return null;
  return row.plainText === undefined ? content : { ...content, plainText };
}

type ReadPage = (after: string | undefined) => Promise<StoredText[]>;
type Write = (id: string, data: Repair) => Prisma.PrismaPromise<unknown>;

async function repairTable(db: Database, readPage: ReadPage, write: Write): Promise<number> {
  let count = 0;
  for (let after: string | undefined; ;) {
    const rows = await readPage(after);
    const writes = rows.flatMap((row) => {
      const fix = repairRow(row);
      return fix ? [write(row.id, fix)] : [];
    });
    if (writes.length > 0) await db.$transaction(writes);
    count += writes.length;
    if (rows.length < PAGE) return count;
    after = rows[rows.length - 1].id;
  }
}

/**
 * Puts every stored article and revision through the storage boundary (articleContent: the
 * document gate, the plain text, 字数 by the one rule) when a migration has queued it, page by
 * page; safe to interrupt and repeat (the queue entry goes last). Returns the number of rows
 * changed, or null when nothing was queued.
 */
export async function repairArticleDocs(
  db: Database,
): Promise<{ articles: number; revisions: number } | null> {
  if (!(await db.setting.findUnique({ where: { key: REPAIR_QUEUED_KEY } }))) return null;
  const select = { id: true, headline: true, subtitle: true, body: true, charCount: true };
  const page = (after: string | undefined) => ({
    where: after ? { id: { gt: after } } : {},
    orderBy: { id: "asc" as const },
    take: PAGE,
  });
  const articles = await repairTable(
    db,
    (after) => db.article.findMany({ ...page(after), select: { ...select, plainText: true } }),
    (id, data) => db.article.update({ where: { id }, data }),
  );
  const revisions = await repairTable(
    db,
    (after) => db.revision.findMany({ ...page(after), select }),
    (id, { plainText: _, ...data }) => db.revision.update({ where: { id }, data }),
  );
  await db.setting.delete({ where: { key: REPAIR_QUEUED_KEY } });
  return { articles, revisions };
}
