import type { Database } from "@/lib/db";
import { publicArticleWhere } from "@/lib/issues/visibility";
import { cachedReaderPagePath } from "@/lib/public/reader-routes";
import { readerPaths } from "@/lib/public/reader-paths";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";
import { type InvalidationReader, RENDER_MARGIN_MS } from "./invalidation-reader.cjs";
import { INVALIDATIONS_VERSION_KEY } from "./invalidations-version.cjs";
import type { PageStamp } from "./page-artifacts.cjs";

/**
 * Pre-rendering: reader pages are rendered when the newsroom changes them, not when the first
 * reader (or crawler) asks. A render costs ~25 ms of a core; a kept page ~1 ms. So after every
 * change (and at first start, for the whole imported archive) the server's main process asks its
 * own server processes for each Chinese reader page that is not kept or is out of date, one at a
 * time: at most one core renders for it, and readers' own requests are answered meanwhile.
 *
 * English pages are left to their first reader: the archive would double, and the articles are
 * Chinese in both (their canonical address is the Chinese one).
 */

/**
 * The Chinese reader pages, in the order they are rendered: what readers reach first, first. So
 * the front pages, then each issue, newest first, followed by its articles.
 */
export async function readerPagesInOrder(db: Database, now: Date): Promise<string[]> {
  const paths = readerPaths("zh-CN");
  // The public articles say it all: the issues with any (the public ones worth a page), and
  // their years.
  const articles = await db.article.findMany({
    where: publicArticleWhere(now),
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: { id: true, issue: { select: { number: true, date: true } } },
  });
  const articlesOf = new Map<number, string[]>();
  const years = new Set<number>();
  for (const { id, issue } of articles) {
    if (!issue) continue;
    years.add(Number(issue.date.slice(0, 4)));
    const list = articlesOf.get(issue.number);
    if (list) list.push(paths.article(id));
    else articlesOf.set(issue.number, [paths.article(id)]);
  }
  const newestIssueFirst = [...articlesOf.keys()].sort((a, b) => b - a);
  return [
    paths.home,
    paths.issues,
    "/feed.xml",
    "/sitemap.xml",
    ...newestIssueFirst.flatMap((number) => [paths.issue(number), ...articlesOf.get(number)!]),
    ...[...years].sort((a, b) => b - a).map(paths.year),
    ...newestIssueFirst.map((number) => paths.print!(number)),
  ];
}

/** The addresses among `addresses` whose page is not kept, or was kept before a change to it. */
export function pagesToRender(
  addresses: string[],
  kept: Map<string, PageStamp>,
  invalidations: Pick<InvalidationReader, "invalidatedSince">,
): string[] {
  return addresses.filter((address) => {
    const stamp = kept.get(cachedReaderPagePath(address) ?? address);
    return !stamp || invalidations.invalidatedSince(stamp.tags, stamp.renderedAt);
  });
}

export interface Prerenderer {
  /** Looks for changes now (the main process also does every `intervalMs`). */
  check(): Promise<void>;
  /** Resolves when no page is left to render and no change is waiting (tests, the bench). */
  settled(): Promise<void>;
  stop(): void;
}

interface PrerenderOptions {
  db: Database;
  /** Asks the server for one page (it renders and keeps it). */
  render: (address: string) => Promise<void>;
  /** The kept pages' stamps, read fresh for each pass. */
  keptPages: () => Map<string, PageStamp>;
  invalidations: InvalidationReader;
  intervalMs?: number;
  log?: (line: string) => void;
}

/**
 * Keeps every Chinese reader page rendered. A change is seen as a new invalidations version (each
 * invalidation writes one, lib/reader-cache/invalidate-reader-pages.ts) or an invalidation whose
 * moment has come (a scheduled issue going live). A change seen while pages are rendering starts
 * the pass again from the front page, so what a change touched is rendered before the rest of
 * the archive.
 */
export function keepReaderPagesRendered({
  db,
  render,
  keptPages,
  invalidations,
  intervalMs = 1000,
  log = console.log,
}: PrerenderOptions): Prerenderer {
  let version: unknown = Symbol("unread");
  let checkedAt = 0;
  let changed = false;
  let pass: Promise<void> | null = null;
  let reported = false;

  async function lookForChanges(): Promise<void> {
    const now = Date.now();
    const [row, due] = await Promise.all([
      db.setting.findUnique({ where: { key: INVALIDATIONS_VERSION_KEY } }),
      db.readerInvalidation.findFirst({ where: { at: { gt: checkedAt, lte: now } } }),
    ]);
    const current = JSON.stringify(row?.value ?? null);
    if (current !== version || due) changed = true;
    version = current;
    checkedAt = now;
    if (changed && !pass)
      pass = renderWhileChanged()
        .catch(pause)
        .finally(() => (pass = null));
  }

  /**
   * A page finished within RENDER_MARGIN_MS after a change counts as rendered before it (it may
   * have read the database first), so one rendered sooner would be rendered again by its first
   * reader. Readers meanwhile get the change from renders of their own.
   */
  async function waitOutRenderMargin(): Promise<void> {
    const now = Date.now();
    const latest = await db.readerInvalidation.aggregate({ _max: { at: true }, where: { at: { lte: now } } });
    const wait = (latest._max.at ?? 0) + RENDER_MARGIN_MS - now;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  async function renderWhileChanged(): Promise<void> {
    let rendered = 0;
    let renderingMs = 0;
    while (changed) {
      changed = false;
      await waitOutRenderMargin();
      await invalidations.refresh();
      const addresses = pagesToRender(await readerPagesInOrder(db, new Date()), keptPages(), invalidations);
      for (const address of addresses) {
        if (changed) break;
        const started = Date.now();
        await render(address);
        renderingMs += Date.now() - started;
        rendered++;
      }
    }
    logged = null;
    // One line per pass, for whoever runs the site: when, why, how much and how long.
    if (rendered > 0 || !reported) {
      const why = reported ? "内容有变更" : "服务启动";
      const seconds = (renderingMs / 1000).toFixed(1);
      log(
        `读者页面已预渲染：${rendered} 页，渲染用时 ${seconds} 秒（${why}，${formatNewsroomTime(new Date())}）。`,
      );
      reported = true;
    }
  }

  /** The last failure logged: the same one is logged once, until a pass completes. */
  let logged: string | null = null;
  /** The server may be restarting a process, or the database be busy: the next check tries again. */
  function pause(error: unknown) {
    changed = true;
    const message = error instanceof Error ? error.message : String(error);
    if (message !== logged) log(`预渲染暂停：${message}`);
    logged = message;
  }
  const check = () => lookForChanges().catch(pause);
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();

  return {
    check,
    async settled() {
      await check();
      while (pass) await pass;
    },
    stop: () => clearInterval(timer),
  };
}
