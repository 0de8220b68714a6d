import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { importArchive } from "./import-archive";

const ARTICLES = 20_000;
/** PostgreSQL parses and indexes each article's search vectors, several times slower than FTS5. */
const TIMEOUT_MS = 300_000;
const seedText = readFileSync(path.join(__dirname, "../../prisma/archive/000_ad72465be87e4b1c.txt"), "utf8");

/** An archive of `count` articles: the seed's five, numbered so that every headline differs. */
function generateArchive(count: number): Buffer {
  const sections = seedText.split(/\n(?=#{1,2} )/).filter((section) => /^#{1,2} /.test(section));
  const articles = Array.from({ length: count }, (_, i) =>
    sections[i % sections.length].replace(
      /^(#{1,2}) (\S+)/,
      (_, marks: string, headline: string) => `${marks} ${headline}之${i + 1}`,
    ),
  );
  return Buffer.from(articles.join("\n\n"));
}

let db: Database;
let dispose: () => Promise<void>;
beforeAll(() => ({ db, dispose } = createTempDatabase()));
afterAll(() => dispose());

it(
  `imports an archive of ${ARTICLES} articles in one go, reporting progress`,
  async () => {
    const progress: number[] = [];
    const started = performance.now();
    const report = await importArchive(db, {
      fileName: "big.txt",
      bytes: generateArchive(ARTICLES),
      onProgress: (written) => progress.push(written),
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`${ARTICLES} articles imported in ${seconds.toFixed(1)} s`);

    expect(report).toMatchObject({
      outcome: "CREATED",
      issue: { number: 1, date: "2023-07-18" },
      articles: { created: ARTICLES },
    });
    expect(progress.at(-1)).toBe(ARTICLES);
    expect(progress.length).toBeGreaterThan(1);
    const [articles, revisions, events, bylines, searchRows] = await Promise.all([
      db.article.count(),
      db.revision.count(),
      db.workflowEvent.count(),
      db.articleByline.count(),
      db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "SearchIndex"`),
    ]);
    expect({
      articles,
      revisions,
      events,
      bylines: bylines / ARTICLES,
      searchRows: Number(searchRows[0].n),
    }).toEqual({
      articles: ARTICLES,
      revisions: ARTICLES,
      events: ARTICLES,
      bylines: 11 / 5,
      searchRows: ARTICLES,
    });
    const last = await db.article.findFirstOrThrow({
      where: { position: ARTICLES - 1 },
      include: { bylines: true },
    });
    expect(last.headline).toMatch(new RegExp(`之${ARTICLES}$`));
  },
  TIMEOUT_MS,
);
