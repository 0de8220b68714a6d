import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paragraphsToDoc } from "@/lib/editor/article-doc";
import { normalizeArticleDoc } from "@/lib/editor/normalize-doc";
import { textOnlyDoc } from "@/lib/editor/readable-doc";
import { stripXmlInvalid } from "@/lib/text/xml-safe-text";

/**
 * Set by a migration when the stored documents need a pass through the gate: SQL cannot run
 * the editor's schema check, so the migration only queues the repair and the next start
 * (prepareDatabase) does it, once.
 */
export const REPAIR_QUEUED_KEY = "maintenance.repair-article-docs";

const PAGE = 500;

/**
 * The body as the gate would have stored it, or null when it already is. A document the
 * gate refuses is kept as plain paragraphs of its text, so that nobody is left with an
 * article that cannot be opened. Neither 字数 nor the search text changes: both ignore the
 * characters removed, and a document kept as paragraphs has the same text.
 */
function repairBody(body: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = paragraphsToDoc(body.split("\n"));
  }
  let repaired: string;
  try {
    repaired = JSON.stringify(normalizeArticleDoc(json));
  } catch {
    repaired = JSON.stringify(normalizeArticleDoc(textOnlyDoc(json)));
  }
  return repaired === body ? null : repaired;
}

interface StoredText {
  id: string;
  headline: string;
  subtitle: string;
  body: string;
}

function repairRow(row: StoredText): Omit<StoredText, "id"> | null {
  const body = repairBody(row.body);
  const headline = stripXmlInvalid(row.headline);
  const subtitle = stripXmlInvalid(row.subtitle);
  if (body === null && headline === row.headline && subtitle === row.subtitle) return null;
  return { headline, subtitle, body: body ?? row.body };
}

type ReadPage = (after: string | undefined) => Promise<StoredText[]>;
type Write = (id: string, data: Omit<StoredText, "id">) => Prisma.PrismaPromise<unknown>;

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
 * Puts every stored article and revision through the document gate when a migration has
 * queued it, page by page; safe to interrupt and repeat (the queue entry goes last).
 * Returns the number of rows changed, or null when nothing was queued.
 */
export async function repairArticleDocs(
  db: Database,
): Promise<{ articles: number; revisions: number } | null> {
  if (!(await db.setting.findUnique({ where: { key: REPAIR_QUEUED_KEY } }))) return null;
  const select = { id: true, headline: true, subtitle: true, body: true };
  const page = (after: string | undefined) => ({
    select,
    where: after ? { id: { gt: after } } : {},
    orderBy: { id: "asc" as const },
    take: PAGE,
  });
  const articles = await repairTable(
    db,
    (after) => db.article.findMany(page(after)),
    (id, data) => db.article.update({ where: { id }, data }),
  );
  const revisions = await repairTable(
    db,
    (after) => db.revision.findMany(page(after)),
    (id, data) => db.revision.update({ where: { id }, data }),
  );
  await db.setting.delete({ where: { key: REPAIR_QUEUED_KEY } });
  return { articles, revisions };
}
