// `npm run bench [-- --articles 10000 --duration 8 --connections 10 --fresh]`
// Builds (if needed) and starts the production server on a bench database of synthetic
// articles, measures public pages and search with autocannon against a static-file baseline,
// measures search latency in-process, and checks what JavaScript public pages ship. Not a test.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { generateSyntheticArchive } from "@/lib/bench/synthetic-archive";
import { measurePageWeight } from "@/lib/bench/page-weight";
import { openDatabase } from "@/lib/db";
import { prepareDatabase } from "@/lib/setup/prepare-database";
import { searchPublic } from "@/lib/search/search-public";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    duration: { type: "string", default: "8" },
    connections: { type: "string", default: "10" },
    fresh: { type: "boolean", default: false },
  },
});
const ARTICLES = Number(values.articles);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const PORT = 3200;
const STATIC_PORT = 3201;
const BASE = `http://127.0.0.1:${PORT}`;
const DB_FILE = path.resolve("data", "bench.db");
const DATABASE_URL = `file:${DB_FILE}`;
const SEARCH_QUERIES = ["党建", "社区", "网格", "2023", "机器人产业", "汛", "招商引资 项目"];

async function prepareBenchDatabase(): Promise<void> {
  if (values.fresh) rmSync(DB_FILE, { force: true });
  const exists = existsSync(DB_FILE);
  process.env.DATABASE_URL = DATABASE_URL;
  await prepareDatabase(() => undefined);
  if (exists) return;
  const db = openDatabase(DATABASE_URL);
  const started = Date.now();
  await generateSyntheticArchive(db, ARTICLES);
  await db.$disconnect();
  console.log(`synthetic archive: ${ARTICLES} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("server did not start");
}

async function load(url: string) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function searchLatency() {
  const db = openDatabase(DATABASE_URL);
  const timings: number[] = [];
  for (let round = 0; round < 30; round++) {
    for (const q of SEARCH_QUERIES) {
      const started = performance.now();
      await searchPublic(db, { q, page: 1 + (round % 3) }, new Date());
      timings.push(performance.now() - started);
    }
  }
  await db.$disconnect();
  timings.sort((a, b) => a - b);
  return { runs: timings.length, p50: percentile(timings, 50), p95: percentile(timings, 95), max: timings.at(-1)! };
}

async function main(): Promise<void> {
  await prepareBenchDatabase();
  if (!existsSync(path.join(".next", "BUILD_ID"))) spawnSync(path.resolve("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" });
  // The real start command, so the bench measures what `npm start` serves.
  const server = spawn(path.resolve("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(PORT), DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: BASE },
    stdio: "ignore",
  });
  try {
    await waitForServer();
    const front = await (await fetch(`${BASE}/`)).text();
    const articlePath = front.match(/href="(\/articles\/[^"]+)"/)?.[1] ?? "/";
    const issuePath = front.match(/href="(\/issues\/\d+)"/)?.[1] ?? "/issues";
    const articleHtml = await (await fetch(`${BASE}${articlePath}`)).text();
    // The baseline runs in a process of its own, like the site, not beside autocannon.
    const staticFile = path.resolve("data", "bench-article.html");
    writeFileSync(staticFile, articleHtml);
    const staticServer = spawn(
      process.execPath,
      ["-e", `const b=require("fs").readFileSync(${JSON.stringify(staticFile)});require("http").createServer((q,r)=>r.writeHead(200,{"content-type":"text/html; charset=utf-8"}).end(b)).listen(${STATIC_PORT})`],
      { stdio: "ignore" },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));

    const listBytes = (await (await fetch(`${BASE}/issues`)).arrayBuffer()).byteLength;
    const targets: [string, string][] = [
      ["static file (baseline)", `http://127.0.0.1:${STATIC_PORT}/`],
      ["/ (front page)", `${BASE}/`],
      [`${issuePath} (issue)`, `${BASE}${issuePath}`],
      ["/articles/… (article)", `${BASE}${articlePath}`],
      ["/issues (issue list)", `${BASE}/issues`],
      ["/search?q=党建", `${BASE}/search?q=${encodeURIComponent("党建")}`],
    ];
    const rows = [];
    for (const [name, url] of targets) {
      await fetch(url);
      rows.push({ name, ...(await load(url)) });
    }
    staticServer.kill();
    const baseline = rows[0].rps;
    console.log(`\n/issues page: ${(listBytes / 1024).toFixed(0)} KiB of HTML`);
    console.log(`\n${ARTICLES} synthetic articles, ${CONNECTIONS} connections, ${DURATION} s per target, ${cpus().length} cores\n`);
    console.log("| target | req/s | p50 ms | p99 ms | vs static | errors |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const row of rows) {
      console.log(`| ${row.name} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${(row.rps / baseline).toFixed(2)} | ${row.errors} |`);
    }
    const search = await searchLatency();
    console.log(`\nsearch in-process over ${SEARCH_QUERIES.length} queries × 30: p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms, max ${search.max.toFixed(1)} ms`);
    console.log("\n| page | scripts | JS bytes | JS gzip | editor code |");
    console.log("| --- | ---: | ---: | ---: | --- |");
    for (const pagePath of ["/", articlePath, "/search?q=%E5%85%9A%E5%BB%BA"]) {
      const weight = await measurePageWeight(BASE, pagePath);
      console.log(`| ${pagePath.slice(0, 40)} | ${weight.scripts} | ${weight.bytes} | ${weight.gzipBytes} | ${weight.shipsEditor ? "YES" : "none"} |`);
    }
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
