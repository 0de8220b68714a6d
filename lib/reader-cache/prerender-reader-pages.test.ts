import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedReaderPagePath } from "@/lib/public/reader-routes";
import { type TempDatabase, createTempDatabase } from "@/lib/testing/temp-database";
import { invalidateReaderPages } from "./invalidate-reader-pages";
import { openInvalidationReader, RENDER_MARGIN_MS } from "./invalidation-reader.cjs";
import type { PageStamp } from "./page-artifacts.cjs";
import { LISTING_TAGS } from "./reader-page-tags";
import { keepReaderPagesRendered, pagesToRender, readerPagesInOrder } from "./prerender-reader-pages";

const HOUR = 3_600_000;

describe("pre-rendering reader pages", () => {
  let temp: TempDatabase;
  beforeEach(() => {
    temp = createTempDatabase();
  });
  afterEach(() => temp.dispose());

  /** An issue going out at `publishAt`, with articles published then, in planner order. */
  async function issueWith(number: number, publishAt: Date, ids: string[]) {
    const issue = await temp.db.issue.create({
      data: { number, date: publishAt.toISOString().slice(0, 10), status: "SCHEDULED", publishAt },
    });
    for (const [position, id] of ids.entries()) {
      await temp.db.article.create({
        data: {
          id,
          headline: id,
          subtitle: "",
          body: { type: "doc", content: [] },
          charCount: 0,
          status: "PUBLISHED",
          publishedAt: publishAt,
          position,
          issueId: issue.id,
        },
      });
    }
  }

  it("lists the pages readers reach first first, each issue with its articles, newest first, nothing unpublished", async () => {
    const now = Date.now();
    await issueWith(1, new Date(now - 48 * HOUR), ["old"]);
    await issueWith(2, new Date(now - HOUR), ["new"]);
    await issueWith(3, new Date(now + HOUR), ["tomorrow"]);

    expect(await readerPagesInOrder(temp.db, new Date(now))).toEqual([
      "/",
      "/issues",
      "/feed.xml",
      "/sitemap.xml",
      "/issues/2",
      "/articles/new",
      "/issues/1",
      "/articles/old",
      `/issues/years/${new Date(now - HOUR).getUTCFullYear()}`,
      ...(new Date(now - 48 * HOUR).getUTCFullYear() !== new Date(now - HOUR).getUTCFullYear()
        ? [`/issues/years/${new Date(now - 48 * HOUR).getUTCFullYear()}`]
        : []),
      "/issues/2/print",
      "/issues/1/print",
    ]);
  });

  it("renders pages not kept and pages kept before a change, not the others", () => {
    const renderedAt = Date.now() - HOUR;
    const kept = new Map<string, PageStamp>([
      ["/zh-CN", { tags: ["_N_T_/zh-CN"], renderedAt }],
      ["/zh-CN/articles/a", { tags: ["_N_T_/zh-CN/articles/a"], renderedAt }],
    ]);
    const invalidated = { invalidatedSince: (tags: string[]) => tags.includes("_N_T_/zh-CN/articles/a") };
    expect(pagesToRender(["/", "/articles/a", "/articles/b"], kept, invalidated)).toEqual([
      "/articles/a",
      "/articles/b",
    ]);
  });

  /** A server stand-in: a render keeps the page, stamped now, with the tags Next gives it. */
  function fakeServer() {
    const kept = new Map<string, PageStamp>();
    const rendered: string[] = [];
    const listing = (address: string) =>
      ["/", "/issues", "/feed.xml", "/sitemap.xml"].includes(address) || address.startsWith("/issues/years/");
    const render = async (address: string) => {
      const key = cachedReaderPagePath(address)!;
      rendered.push(address);
      const tags = ["_N_T_/layout", `_N_T_${key}`, ...(listing(address) ? LISTING_TAGS : [])];
      kept.set(key, { tags, renderedAt: Date.now() });
    };
    return { kept, rendered, render };
  }

  /** The pre-renderer over the test database, rendering into `server`. */
  function prerenderInto(server: ReturnType<typeof fakeServer>, intervalMs?: number) {
    return keepReaderPagesRendered({
      db: temp.db,
      render: server.render,
      keptPages: () => server.kept,
      invalidations: openInvalidationReader(temp.url),
      intervalMs,
      log: () => {},
    });
  }

  it("renders the whole archive at first, then what a change touched, after the change", async () => {
    const now = Date.now();
    await issueWith(1, new Date(now - 48 * HOUR), ["a1", "a2"]);
    await issueWith(2, new Date(now - HOUR), ["b1"]);
    const server = fakeServer();
    const prerenderer = prerenderInto(server);
    try {
      await prerenderer.settled();
      expect(server.rendered).toContain("/articles/a1");
      expect(server.rendered).toContain("/issues/2/print");
      const everything = server.rendered.length;

      // Nothing changed: nothing is rendered again.
      await prerenderer.settled();
      expect(server.rendered.length).toBe(everything);

      // A correction to a1: its page and its issue's, and only after the render margin, so that
      // a reader's request finds them current.
      server.rendered.length = 0;
      const changedAt = Date.now();
      await invalidateReaderPages(temp.db, { articles: ["a1"] }, new Date(changedAt));
      await prerenderer.settled();
      expect(server.rendered).toEqual(expect.arrayContaining(["/articles/a1", "/articles/a2", "/issues/1"]));
      expect(server.rendered).not.toContain("/articles/b1");
      for (const address of server.rendered) {
        expect(server.kept.get(cachedReaderPagePath(address)!)!.renderedAt).toBeGreaterThanOrEqual(
          changedAt + RENDER_MARGIN_MS,
        );
      }
    } finally {
      prerenderer.stop();
    }
  });

  it("renders a scheduled issue's pages when its moment comes, with nothing else asking", async () => {
    const now = Date.now();
    await issueWith(1, new Date(now - HOUR), ["a1"]);
    const goesLive = new Date(now + 400);
    await issueWith(2, goesLive, ["b1"]);
    await invalidateReaderPages(temp.db, { issues: [2] }, new Date(now), [goesLive]);
    const server = fakeServer();
    const prerenderer = prerenderInto(server, 100);
    try {
      await prerenderer.settled();
      expect(server.rendered).not.toContain("/issues/2");
      expect(server.rendered).not.toContain("/articles/b1");
      await expect
        .poll(() => server.rendered, { timeout: goesLive.getTime() - Date.now() + RENDER_MARGIN_MS + 3000 })
        .toEqual(expect.arrayContaining(["/issues/2", "/articles/b1"]));
      expect(server.rendered.filter((address) => address === "/")).toHaveLength(2);
    } finally {
      prerenderer.stop();
    }
  });
});
