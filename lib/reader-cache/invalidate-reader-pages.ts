import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { INVALIDATIONS_VERSION_KEY } from "./invalidations-version.cjs";
import { type ReaderPageChange, readerPageTags } from "./reader-page-tags";

/**
 * The one way a newsroom change reaches readers: it records, in the same transaction as the
 * change, which cached reader pages are out of date and from when. The page cache handler
 * (cache-handler.cjs) reads these rows in every server process, so the next reader gets a fresh
 * render at once, and nothing is lost if the server restarts first.
 *
 * `at` may name future moments: a scheduled issue's pages are invalidated at its publishing
 * time, which is how it goes live then with nothing running at that moment.
 *
 * Last, it gives the version row a new value: readers that keep a copy of the rows (every server
 * process on PostgreSQL) read them again when it changes, which it does in the same commit.
 */
export async function invalidateReaderPages(
  tx: Tx,
  change: ReaderPageChange,
  now: Date,
  at: Date[] = [now],
): Promise<void> {
  // An article is listed on its issue's pages (and so on the front page and in the feed), and
  // an issue's articles show its date and their neighbours: a change to either affects both.
  const issues = new Set(change.issues ?? []);
  if (change.articles?.length) {
    const placed = await tx.article.findMany({
      where: { id: { in: change.articles } },
      select: { issue: { select: { number: true } } },
    });
    for (const { issue } of placed) if (issue) issues.add(issue.number);
  }
  const articleIds = new Set(change.articles ?? []);
  if (issues.size > 0) {
    const placed = await tx.article.findMany({
      where: { issue: { number: { in: [...issues] } } },
      select: { id: true },
    });
    for (const { id } of placed) articleIds.add(id);
  }
  const tags = readerPageTags({
    everything: change.everything,
    issues: [...issues],
    articles: [...articleIds],
  });
  if (tags.length === 0) return;
  // An invalidation now supersedes every earlier one of the same tag: keep the table small.
  if (at.some((moment) => moment.getTime() <= now.getTime())) {
    await tx.readerInvalidation.deleteMany({ where: { tag: { in: tags }, at: { lt: now.getTime() } } });
  }
  const rows = tags.flatMap((tag) => at.map((moment) => Prisma.sql`(${tag}, ${moment.getTime()})`));
  // Raw for ON CONFLICT DO NOTHING (the same moment twice is one invalidation); the same SQL
  // works on SQLite and PostgreSQL.
  for (let i = 0; i < rows.length; i += 400) {
    await tx.$executeRaw`INSERT INTO "ReaderInvalidation" ("tag", "at") VALUES ${Prisma.join(rows.slice(i, i + 400))} ON CONFLICT DO NOTHING`;
  }
  const version = randomUUID();
  await tx.setting.upsert({
    where: { key: INVALIDATIONS_VERSION_KEY },
    create: { key: INVALIDATIONS_VERSION_KEY, value: version },
    update: { value: version },
  });
}
