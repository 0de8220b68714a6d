import { readFileSync } from "node:fs";
import path from "node:path";
import { articleContent } from "@/lib/articles/article-content";
import type { Database } from "@/lib/db";
import { paragraphsToDoc } from "@/lib/editor/article-doc";
import { parseArchive } from "@/lib/import/parse-archive";
import { rebuildSearchIndex } from "@/lib/search/rebuild-search-index";
import { ensureDefaultSections } from "@/lib/sections/ensure-default-sections";
import { toFullWidthPunctuation } from "@/lib/text/full-width-punctuation";
import { seededRandom } from "@/lib/testing/seeded-random";
import { startOfShanghaiDay } from "@/lib/time/shanghai";

const ARTICLES_PER_ISSUE = 10;

/** The last synthetic issue appears on this Monday; earlier ones a week apart, so all are public. */
const LAST_ISSUE = Date.UTC(2025, 11, 29);

function weeklyDate(index: number, issues: number): string {
  return new Date(LAST_ISSUE - (issues - 1 - index) * 7 * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Fills a bench database with `count` published articles in weekly issues, built from the
 * seed archive's real headlines and paragraphs, then indexes them for search.
 */
export async function generateSyntheticArchive(db: Database, count: number): Promise<void> {
  const seed = parseArchive(
    readFileSync(path.resolve("prisma", "archive", "000_ad72465be87e4b1c.txt"), "utf8"),
  );
  const paragraphs = seed.articles.flatMap((a) => a.paragraphs.map(toFullWidthPunctuation));
  const headlines = seed.articles.map((a) => toFullWidthPunctuation(a.headline));
  const next = seededRandom(42);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const sections = await db.$transaction((tx) => ensureDefaultSections(tx));
  const sectionIds = [...sections.values()];
  const person = await db.person.upsert({
    where: { name_kind: { name: "鲁燕", kind: "REPORTER" } },
    update: {},
    create: { name: "鲁燕", kind: "REPORTER" },
  });
  const firstNumber = ((await db.issue.findFirst({ orderBy: { number: "desc" } }))?.number ?? 0) + 1;

  for (let i = 0; i * ARTICLES_PER_ISSUE < count; i++) {
    const date = weeklyDate(i, Math.ceil(count / ARTICLES_PER_ISSUE));
    const publishAt = startOfShanghaiDay(date);
    const issue = await db.issue.create({
      data: { number: firstNumber + i, date, status: "PUBLISHED", publishAt },
    });
    const articles = Array.from(
      { length: Math.min(ARTICLES_PER_ISSUE, count - i * ARTICLES_PER_ISSUE) },
      (_, position) => {
        const body = Array.from({ length: 3 + Math.floor(next() * 4) }, () => pick(paragraphs));
        const headline = `${pick(headlines)}（${date}）`;
        return {
          id: `bench${i}x${position}`,
          headline,
          ...articleContent({ headline, subtitle: "", body: paragraphsToDoc(body) }),
          status: "PUBLISHED" as const,
          origin: "IMPORTED" as const,
          isLead: position === 0,
          position,
          publishedAt: publishAt,
          issueId: issue.id,
          sectionId: sectionIds[position % sectionIds.length],
        };
      },
    );
    await db.article.createMany({ data: articles });
    await db.articleByline.createMany({
      data: articles.map((a) => ({
        articleId: a.id,
        personId: person.id,
        role: "REPORTER" as const,
        position: 0,
      })),
    });
  }
  await rebuildSearchIndex(db);
}
