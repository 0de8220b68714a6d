// `npm run bench [-- --articles 10000 --duration 8 --connections 10 --fresh --port 3200 --postgresql <url>]`
// Builds (if needed) and starts the production server on a bench database of synthetic
// articles, measures public pages and search with autocannon against a static-file baseline,
// measures search latency in-process, and checks what JavaScript public pages ship. With
// --postgresql (a `postgresql://…?schema=bench` URL), the long tail (cold renders, a random
// article, a random search) is then measured again with the same articles on PostgreSQL, after
// the SQLite server has stopped, and the two are tabled side by side. Not a test.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { generateSyntheticArchive } from "@/lib/bench/synthetic-archive";
import { measurePageWeight } from "@/lib/bench/page-weight";
import { cpuMicros, processTree } from "@/lib/bench/process-cpu";
import { openDatabase } from "@/lib/db";
import { databaseProvider } from "@/lib/database-url";
import { postgresqlConnection } from "@/lib/database/postgresql-url.cjs";
import { prepareDatabase } from "@/lib/setup/prepare-database";
import { rebuildSearchIndex } from "@/lib/search/rebuild-search-index";
import { countSearchRows } from "@/lib/search/search-index-sql";
import { searchPublic } from "@/lib/search/search-public";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    duration: { type: "string", default: "8" },
    connections: { type: "string", default: "50" },
    fresh: { type: "boolean", default: false },
    postgresql: { type: "string" },
    port: { type: "string", default: "3200" },
    rounds: { type: "string", default: "3" },
  },
});
const ARTICLES = Number(values.articles);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
/**
 * Hot pages are loaded this many times, each time beside the static baseline and a static file of
 * their own bytes: one load moves by ±20% on these two cores (two loads of the same 9 KB file gave
 * 17,807 and 25,213 req/s in one run), so each ratio is the median of its rounds' ratios.
 */
const ROUNDS = Number(values.rounds);
const PORT = Number(values.port);
const STATIC_PORT = PORT + 1;
const STATIC_BASE = `http://127.0.0.1:${STATIC_PORT}`;
const BASE = `http://127.0.0.1:${PORT}`;
const DB_FILE = path.resolve("data", "bench.db");
const SQLITE_URL = `file:${DB_FILE}`;
const SEARCH_QUERIES = ["党建", "社区", "网格", "2023", "机器人产业", "汛", "招商引资 项目"];
/** Words readers search for: one or two of them at random in the long-tail search load. */
const SEARCH_WORDS = [
  "党建",
  "社区",
  "网格",
  "中原区",
  "产业",
  "项目",
  "教育",
  "群众",
  "服务",
  "发展",
  "文明",
  "安全",
  "街道",
  "机器人",
  "招商",
  "老人",
  "学习",
  "治理",
  "2023",
  "汛",
];

/** Starts again from an empty bench database (--fresh). */
async function dropBenchDatabase(url: string): Promise<void> {
  if (databaseProvider(url) === "sqlite") {
    // The write-ahead log of an old database must not meet a new file of the same name.
    for (const suffix of ["", "-wal", "-shm"]) rmSync(DB_FILE + suffix, { force: true });
    return;
  }
  const { connectionString, options, schema } = postgresqlConnection(url);
  const client = new pg.Client({ connectionString, options });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}

/** The bench database: migrated, the seed archive imported, the synthetic articles generated once. */
async function prepareBenchDatabase(url: string): Promise<void> {
  if (values.fresh) await dropBenchDatabase(url);
  process.env.DATABASE_URL = url;
  await prepareDatabase(() => undefined);
  const db = openDatabase(url);
  try {
    if ((await db.article.count({ where: { id: { startsWith: "bench" } } })) > 0) {
      // A run stopped while indexing leaves the articles without their search rows.
      if ((await countSearchRows(db)) < ARTICLES) await rebuildSearchIndex(db);
      return;
    }
    const started = Date.now();
    await generateSyntheticArchive(db, ARTICLES);
    console.log(
      `synthetic archive (${databaseProvider(url)}): ${ARTICLES} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await db.$disconnect();
  }
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("server did not start");
}

async function waitForServerGone(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      await fetch(`${BASE}/`);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("server did not stop");
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time the serving processes spent per request, µs. */
  cpu: number;
}

/** The process serving each base address (the site's start command, the static server). */
const servers = new Map<string, number>();

/** The serving processes of an address: its server and every process it started. */
function servingProcesses(url: string): number[] {
  const root = [...servers].find(([base]) => url.startsWith(base))?.[1];
  return root === undefined ? [] : processTree(root);
}

/** Load on one URL, or on a fresh random path per request when `nextPath` is given. */
async function load(name: string, url: string, nextPath?: () => string): Promise<Row> {
  const requests = nextPath
    ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: nextPath() }) }]
    : undefined;
  const processes = servingProcesses(url);
  const cpuBefore = cpuMicros(processes);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpu: (cpuMicros(processes) - cpuBefore) / Math.max(1, result.requests.total),
  };
}

/** A hot page's load (the round of median rate) and its ratios (medians over the rounds). */
interface HotRow {
  row: Row;
  bytes: number;
  vsStatic: number;
  vsAlike: number;
  /** Medians over the rounds: the site's CPU per request, and the static server's for the same bytes. */
  cpu: number;
  alikeCpu: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function searchLatency(url: string) {
  const db = openDatabase(url);
  const timings: number[] = [];
  for (let round = 0; round < 30; round++) {
    for (const q of SEARCH_QUERIES) {
      const started = performance.now();
      await searchPublic(db, { q, page: 1 + (round % 3) }, new Date());
      timings.push(performance.now() - started);
    }
  }
  await db.$disconnect();
  return summarize(timings);
}

function summarize(timings: number[]) {
  const sorted = [...timings].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1)!,
  };
}

/** Every article of the synthetic archive, by the ids the generator gives them. */
function articlePaths(): string[] {
  return Array.from({ length: ARTICLES }, (_, n) => `/articles/bench${Math.floor(n / 10)}x${n % 10}`);
}

/** Times single requests, one after another, for pages nobody has asked for yet. */
async function coldRenders(paths: string[]) {
  const timings: number[] = [];
  for (const pagePath of paths) {
    const started = performance.now();
    const response = await fetch(`${BASE}${pagePath}`);
    await response.arrayBuffer();
    if (response.ok) timings.push(performance.now() - started);
  }
  return summarize(timings);
}

/** Visits every path once, a few at a time, so the long tail is measured as a cache would hold it. */
async function visitAll(paths: string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < paths.length) await (await fetch(`${BASE}${paths[next++]}`)).arrayBuffer();
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

const pickFrom = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];

function randomSearchPath(): string {
  const words =
    Math.random() < 0.5 ? [pickFrom(SEARCH_WORDS)] : [pickFrom(SEARCH_WORDS), pickFrom(SEARCH_WORDS)];
  return `/search?q=${encodeURIComponent(words.join(" "))}`;
}

/**
 * The static baseline, in a process of its own like the site (not beside autocannon): the
 * article's HTML at any address, and each hot page's bytes at /page/<n>.
 */
function startStaticServer(article: Uint8Array, pages: Uint8Array[]) {
  const dir = path.resolve("data", "bench-static");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "article"), article);
  pages.forEach((bytes, i) => writeFileSync(path.join(dir, String(i)), bytes));
  const server = `
    const { readFileSync, readdirSync } = require("fs");
    const dir = ${JSON.stringify(dir)};
    const files = new Map(readdirSync(dir).map((name) => ["/page/" + name, readFileSync(dir + "/" + name)]));
    const article = files.get("/page/article");
    require("http").createServer((q, r) => r.writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(files.get(q.url) ?? article)).listen(${STATIC_PORT});`;
  const child = spawn(process.execPath, ["-e", server], { stdio: "ignore" });
  servers.set(STATIC_BASE, child.pid!);
  return child;
}

/** Kept pages of earlier runs: removed, so a run measures a first start's pre-rendering too. */
function clearPageCaches(): void {
  for (const suffix of ["", "-wal", "-shm"])
    rmSync(path.resolve(".next", "cache", `reader-pages.db${suffix}`), { force: true });
}

/**
 * The real start command on a database, so the bench measures what `npm start` serves. Resolves
 * once the server has pre-rendered every Chinese reader page (its log says so), with that line.
 */
async function startServer(url: string) {
  await prepareBenchDatabase(url);
  clearPageCaches();
  const server = spawn(path.resolve("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      DATABASE_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: BASE,
    },
    stdio: ["ignore", "pipe", "ignore"],
  });
  servers.set(BASE, server.pid!);
  const prerendered = new Promise<string>((resolve) => {
    let output = "";
    server.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const line = output.split("\n").find((l) => l.startsWith("读者页面已预渲染"));
      if (line) resolve(line);
      if (output.length > 100_000) output = output.slice(-1000);
    });
  });
  await waitForServer();
  console.log(`pre-rendering (${databaseProvider(url)})…`);
  console.log(await prerendered);
  return server;
}

interface LongTail {
  /** The first request for an article nobody had asked for (pre-rendered when it was published or imported). */
  first: ReturnType<typeof summarize>;
  /** A page the server renders on request: an English article nobody had asked for (not pre-rendered). */
  cold: ReturnType<typeof summarize>;
  article: Row;
  search: Row;
  searchInProcess: ReturnType<typeof summarize>;
}

/** What a database shows most: pages and searches nobody asked for a moment ago. */
async function measureLongTail(url: string, articles: string[]): Promise<LongTail> {
  const newest = articles.slice(-200).reverse();
  const first = await coldRenders(newest);
  const cold = await coldRenders(newest.map((address) => `/en${address}`));
  console.log(`visiting all ${articles.length} articles once (${databaseProvider(url)})…`);
  await visitAll(articles);
  const article = await load(`random article of ${articles.length}`, BASE, () => pickFrom(articles));
  const search = await load("random 1–2 word search", BASE, randomSearchPath);
  return { first, cold, article, search, searchInProcess: await searchLatency(url) };
}

/** The long tail on PostgreSQL beside SQLite's, from the same run. */
function printComparison(sqlite: LongTail, postgresql: LongTail): void {
  const cell = (row: Row) => `${row.rps.toFixed(0)} | ${row.p50} | ${row.p99}`;
  const timing = (t: ReturnType<typeof summarize>) => `${t.p50.toFixed(1)} / ${t.p95.toFixed(1)}`;
  console.log("\n| long tail | SQLite req/s | p50 ms | p99 ms | PostgreSQL req/s | p50 ms | p99 ms |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const key of ["article", "search"] as const) {
    console.log(`| ${sqlite[key].name} | ${cell(sqlite[key])} | ${cell(postgresql[key])} |`);
  }
  console.log("\n| long tail, ms (p50 / p95) | SQLite | PostgreSQL |");
  console.log("| --- | ---: | ---: |");
  console.log(
    `| first request for an article (pre-rendered) | ${timing(sqlite.first)} | ${timing(postgresql.first)} |`,
  );
  console.log(
    `| render of an article on request (English) | ${timing(sqlite.cold)} | ${timing(postgresql.cold)} |`,
  );
  console.log(
    `| search in-process (${SEARCH_QUERIES.length} queries × 30) | ${timing(sqlite.searchInProcess)} | ${timing(postgresql.searchInProcess)} |`,
  );
}

async function main(): Promise<void> {
  if (values.postgresql && databaseProvider(values.postgresql) !== "postgresql")
    throw new Error("--postgresql 需要 postgresql:// 地址（例如 …/newsroom?schema=bench）。");
  if (!existsSync(path.join(".next", "BUILD_ID")))
    spawnSync(path.resolve("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
  const server = await startServer(SQLITE_URL);
  let sqliteTail: LongTail;
  try {
    const front = await (await fetch(`${BASE}/`)).text();
    const articlePath = front.match(/href="(\/articles\/[^"]+)"/)?.[1] ?? "/";
    const issuePath = front.match(/href="(\/issues\/\d+)"/)?.[1] ?? "/issues";
    const hot: [string, string][] = [
      ["/icon.svg (static file, same server)", "/icon.svg"],
      ["/ (front page)", "/"],
      [`${issuePath} (issue)`, issuePath],
      ["/articles/… (one article)", articlePath],
      ["/issues (issue list)", "/issues"],
      ["/search?q=党建 (one search)", `/search?q=${encodeURIComponent("党建")}`],
    ];
    // Each hot page's bytes, for a static file of the same size: a larger page costs autocannon
    // (on the same two cores) more to receive, whoever serves it.
    const pages = await Promise.all(
      hot.map(
        async ([, pagePath]) => new Uint8Array(await (await fetch(`${BASE}${pagePath}`)).arrayBuffer()),
      ),
    );
    const articleHtml = new Uint8Array(await (await fetch(`${BASE}${articlePath}`)).arrayBuffer());
    const staticServer = startStaticServer(articleHtml, pages);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const articles = articlePaths();
    sqliteTail = await measureLongTail(SQLITE_URL, articles);

    const baselines: number[] = [];
    const baselineCpu: number[] = [];
    const hotRows: HotRow[] = [];
    for (const [i, [name, pagePath]] of hot.entries()) {
      const rounds: { page: Row; alike: Row; vsStatic: number; vsAlike: number }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const baseline = await load("static file (baseline, own process)", STATIC_BASE);
        const alike = await load("static file of the same bytes", `${STATIC_BASE}/page/${i}`);
        const page = await load(name, `${BASE}${pagePath}`);
        baselines.push(baseline.rps);
        baselineCpu.push(baseline.cpu);
        rounds.push({ page, alike, vsStatic: page.rps / baseline.rps, vsAlike: page.rps / alike.rps });
      }
      const byRate = [...rounds].sort((a, b) => a.page.rps - b.page.rps);
      hotRows.push({
        row: byRate[Math.floor(ROUNDS / 2)].page,
        bytes: pages[i].length,
        vsStatic: median(rounds.map((r) => r.vsStatic)),
        vsAlike: median(rounds.map((r) => r.vsAlike)),
        cpu: median(rounds.map((r) => r.page.cpu)),
        alikeCpu: median(rounds.map((r) => r.alike.cpu)),
      });
    }
    const baseline = median(baselines);
    const randomStatic = await load("static file, a random address per request", STATIC_BASE, () =>
      pickFrom(articles),
    );
    staticServer.kill();

    console.log(
      `\n${ARTICLES} synthetic articles, ${CONNECTIONS} connections, ${DURATION} s per load, ${cpus().length} cores`,
    );
    console.log(
      `hot pages: the median of ${ROUNDS} rounds, each beside the baseline and a static file of the page's bytes`,
    );
    console.log(
      `static file (baseline, own process): median ${baseline.toFixed(0)} req/s of ${baselines.length} loads (${Math.min(...baselines).toFixed(0)}–${Math.max(...baselines).toFixed(0)})\n`,
    );
    console.log(
      `static server's CPU per request: ${median(baselineCpu).toFixed(1)} µs (baseline), ${randomStatic.cpu.toFixed(1)} µs (random address)\n`,
    );
    console.log(
      "| target | req/s | p50 ms | p99 ms | vs static | vs static alike | CPU µs/req (static alike) | errors |",
    );
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const { row, bytes, vsStatic, vsAlike, cpu, alikeCpu } of hotRows) {
      console.log(
        `| ${row.name} (${bytes} B) | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${vsStatic.toFixed(3)} | ${vsAlike.toFixed(3)} | ${cpu.toFixed(1)} (${alikeCpu.toFixed(1)}) | ${row.errors} |`,
      );
    }
    for (const row of [sqliteTail.article, sqliteTail.search]) {
      console.log(
        `| ${row.name} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${(row.rps / baseline).toFixed(3)} | ${(row.rps / randomStatic.rps).toFixed(3)} (random-address static ${randomStatic.rps.toFixed(0)}) | ${row.cpu.toFixed(1)} (${randomStatic.cpu.toFixed(1)}) | ${row.errors} |`,
      );
    }
    const { first, cold, searchInProcess: search } = sqliteTail;
    console.log(
      `\nfirst request for an article nobody had asked for (pre-rendered; ${first.runs} in a row): p50 ${first.p50.toFixed(1)} ms, p95 ${first.p95.toFixed(1)} ms`,
    );
    console.log(
      `render of an article on request (English, not pre-rendered; ${cold.runs} in a row): p50 ${cold.p50.toFixed(1)} ms, p95 ${cold.p95.toFixed(1)} ms`,
    );
    console.log(
      `search in-process over ${SEARCH_QUERIES.length} queries × 30: p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms, max ${search.max.toFixed(1)} ms`,
    );
    console.log("\n| page | scripts | JS bytes | JS gzip | editor code |");
    console.log("| --- | ---: | ---: | ---: | --- |");
    for (const pagePath of ["/", articlePath, `${issuePath}/print`, "/search?q=%E5%85%9A%E5%BB%BA"]) {
      const weight = await measurePageWeight(BASE, pagePath);
      console.log(
        `| ${pagePath.slice(0, 40)} | ${weight.scripts} | ${weight.bytes} | ${weight.gzipBytes} | ${weight.shipsEditor ? "YES" : "none"} |`,
      );
    }
  } finally {
    server.kill();
  }
  if (!values.postgresql) return;
  // The SQLite server stops first: the two never share the machine's cores (or the build's page caches).
  await waitForServerGone();
  const postgresqlServer = await startServer(values.postgresql);
  try {
    printComparison(sqliteTail, await measureLongTail(values.postgresql, articlePaths()));
  } finally {
    postgresqlServer.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
