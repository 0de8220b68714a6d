import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/lib/db";
import { type TempDatabase, createTempDatabase, testDatabaseProvider } from "@/lib/testing/temp-database";
import { openInvalidationReader, RENDER_MARGIN_MS } from "./invalidation-reader.cjs";
import { invalidateReaderPages } from "./invalidate-reader-pages";
import { EVERY_READER_PAGE, MAX_NAMED_ARTICLES, readerPageTags } from "./reader-page-tags";

const MINUTE = 60_000;

describe("readerPageTags", () => {
  it("names an issue's pages in both languages and the routes that list issues, with Next's own tags", () => {
    const tags = readerPageTags({ issues: [7], articles: ["abc"] });
    expect(tags).toEqual(
      expect.arrayContaining([
        "_N_T_/zh-CN/issues/7",
        "_N_T_/en/issues/7/print",
        "_N_T_/zh-CN/articles/abc",
        "_N_T_/en/articles/abc",
        "_N_T_/(public)/[lang]/page",
        "_N_T_/(public)/[lang]/issues/page",
        "_N_T_/(public)/[lang]/feed.xml/route",
        "_N_T_/(public)/[lang]/sitemap-xml/route",
      ]),
    );
    expect(readerPageTags({ everything: true })).toEqual([EVERY_READER_PAGE]);
  });

  it("names the article route instead of thousands of articles (an imported archive)", () => {
    const articles = Array.from({ length: MAX_NAMED_ARTICLES + 1 }, (_, i) => `a${i}`);
    const tags = readerPageTags({ issues: [1], articles });
    expect(tags).toContain("_N_T_/(public)/[lang]/articles/[id]/page");
    expect(tags.length).toBeLessThan(20);
  });
});

describe("invalidateReaderPages and the page cache's reader", () => {
  let temp: TempDatabase;

  beforeEach(() => {
    temp = createTempDatabase();
  });
  afterEach(() => temp.dispose());

  async function seedIssue(number: number) {
    const issue = await temp.db.issue.create({ data: { number, date: "2026-11-26", status: "PUBLISHED" } });
    const article = await temp.db.article.create({
      data: {
        headline: "稿件",
        subtitle: "",
        body: { type: "doc", content: [] },
        charCount: 0,
        status: "PUBLISHED",
        issueId: issue.id,
      },
    });
    return { issue, article };
  }

  it("refuses pages rendered before a change, in every language, and keeps the others", async () => {
    const { article } = await seedIssue(3);
    const reader = openInvalidationReader(temp.url);
    const renderedAt = Date.now() - 10 * MINUTE;
    await reader.refresh();
    expect(reader.invalidatedSince([`_N_T_/zh-CN/articles/${article.id}`], renderedAt)).toBe(false);

    await invalidateReaderPages(temp.db, { articles: [article.id] }, new Date());
    await reader.refresh();

    for (const tag of [
      `_N_T_/zh-CN/articles/${article.id}`,
      `_N_T_/en/articles/${article.id}`,
      "_N_T_/zh-CN/issues/3",
      "_N_T_/(public)/[lang]/page",
    ]) {
      expect(reader.invalidatedSince(["_N_T_/layout", tag], renderedAt), tag).toBe(true);
    }
    expect(reader.invalidatedSince(["_N_T_/zh-CN/issues/4"], renderedAt)).toBe(false);
    // A page rendered well after the change is current.
    expect(
      reader.invalidatedSince([`_N_T_/zh-CN/articles/${article.id}`], Date.now() + RENDER_MARGIN_MS + 1),
    ).toBe(false);
  });

  it("a scheduled moment invalidates nothing before it comes, and everything it names when it does", async () => {
    const { article } = await seedIssue(5);
    const reader = openInvalidationReader(temp.url);
    const now = new Date();
    const renderedAt = now.getTime() - MINUTE;
    await invalidateReaderPages(temp.db, { issues: [5] }, now, [new Date(now.getTime() + 500)]);
    await reader.refresh();
    expect(reader.invalidatedSince(["_N_T_/zh-CN/issues/5"], renderedAt)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(reader.invalidatedSince(["_N_T_/zh-CN/issues/5"], renderedAt)).toBe(true);
    expect(reader.invalidatedSince([`_N_T_/en/articles/${article.id}`], renderedAt)).toBe(true);
  });

  it("answers asked again for the same page change as soon as another connection commits or a scheduled moment comes", async () => {
    const { article } = await seedIssue(8);
    const reader = openInvalidationReader(temp.url);
    // One page, as the server keeps it: the same tags list at every check.
    const tags = ["_N_T_/layout", `_N_T_/zh-CN/articles/${article.id}`];
    const renderedAt = Date.now() - MINUTE;
    await reader.refresh();
    for (let i = 0; i < 3; i++) expect(reader.invalidatedSince(tags, renderedAt)).toBe(false);

    await invalidateReaderPages(temp.db, { articles: [article.id] }, new Date(), [new Date()]);
    // PostgreSQL's reader reads the rows again within its TTL (tested below); SQLite's in the next
    // millisecond (tested below), at once after a refresh.
    await reader.refresh();
    expect(reader.invalidatedSince(tags, renderedAt)).toBe(true);

    // Issue 9 goes live in 400 ms: its page is current until then, and not after.
    await seedIssue(9);
    const issueNine = ["_N_T_/layout", "_N_T_/zh-CN/issues/9"];
    await invalidateReaderPages(temp.db, { issues: [9] }, new Date(), [new Date(Date.now() + 400)]);
    await reader.refresh();
    for (let i = 0; i < 3; i++) expect(reader.invalidatedSince(issueNine, renderedAt)).toBe(false);
    // Nothing is written from here on: only the clock passes the scheduled moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reader.invalidatedSince(issueNine, renderedAt)).toBe(true);
  });

  it.runIf(testDatabaseProvider() === "sqlite")(
    "SQLite: reads the database's version once a millisecond, and again at once after a refresh",
    async () => {
      const { article } = await seedIssue(10);
      const reader = openInvalidationReader(temp.url);
      const tags = ["_N_T_/layout", `_N_T_/zh-CN/articles/${article.id}`];
      const renderedAt = Date.now() - MINUTE;
      // The clock stands still: every check below falls in one millisecond.
      const now = Date.now();
      const clock = vi.spyOn(Date, "now").mockReturnValue(now);
      try {
        expect(reader.invalidatedSince(tags, renderedAt)).toBe(false);
        await invalidateReaderPages(temp.db, { articles: [article.id] }, new Date(now), [new Date(now)]);
        expect(reader.invalidatedSince(tags, renderedAt)).toBe(false);
        await reader.refresh();
        expect(reader.invalidatedSince(tags, renderedAt)).toBe(true);

        // Without a refresh, a commit is seen from the next millisecond on.
        const { article: other } = await seedIssue(11);
        const otherTags = ["_N_T_/layout", `_N_T_/zh-CN/articles/${other.id}`];
        expect(reader.invalidatedSince(otherTags, renderedAt)).toBe(false);
        await invalidateReaderPages(temp.db, { articles: [other.id] }, new Date(now), [new Date(now)]);
        expect(reader.invalidatedSince(otherTags, renderedAt)).toBe(false);
        clock.mockReturnValue(now + 1);
        expect(reader.invalidatedSince(otherTags, renderedAt)).toBe(true);
      } finally {
        clock.mockRestore();
      }
    },
  );

  it("an invalidation now replaces older ones of the same page, so the table stays small", async () => {
    await seedIssue(6);
    const earlier = new Date(Date.now() - 5 * MINUTE);
    await invalidateReaderPages(temp.db, { everything: true }, earlier);
    await invalidateReaderPages(temp.db, { everything: true }, new Date());
    expect(await temp.db.readerInvalidation.count()).toBe(1);
  });

  it("reaches the server processes of another instance within the TTL, which serve nothing older", async () => {
    const { article } = await seedIssue(7);
    const ttlMs = 400;
    // Instance B's processes read the invalidations in the background; instance A writes one.
    const readerB = openInvalidationReader(temp.url, { ttlMs });
    const instanceA = openDatabase(temp.url);
    const tags = [`_N_T_/zh-CN/articles/${article.id}`];
    const renderedAt = Date.now() - MINUTE;
    const servable = () => readerB.isCurrent() && !readerB.invalidatedSince(tags, renderedAt);
    await readerB.refresh();
    expect(servable()).toBe(true);

    await invalidateReaderPages(instanceA, { articles: [article.id] }, new Date());
    const committedAt = Date.now();
    let servedLate = false;
    while (Date.now() < committedAt + 3 * ttlMs) {
      if (Date.now() > committedAt + ttlMs && servable()) servedLate = true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(servedLate).toBe(false);
    // Not only refused for want of a reading: B has read the change.
    expect(readerB.isCurrent() || (await readerB.refresh(), readerB.isCurrent())).toBe(true);
    expect(readerB.invalidatedSince(tags, renderedAt)).toBe(true);
    await instanceA.$disconnect();
  });

  it("a reader on a database without the table (a build) invalidates nothing", () => {
    expect(openInvalidationReader("/nonexistent/newsroom.db").invalidatedSince(["_N_T_/layout"], 0)).toBe(
      false,
    );
  });
});
