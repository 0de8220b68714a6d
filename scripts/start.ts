// `npm start`: prepares the database, builds once if there is no build, then serves on PORT
// with one server process per core (WEB_CONCURRENCY), all on the one database.
import { spawnSync } from "node:child_process";
import cluster from "node:cluster";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { env } from "@/lib/env";
import { serveSite } from "@/lib/server/serve-site";
import { prepareDatabase } from "@/lib/setup/prepare-database";
import { siteUrl } from "@/lib/site-url";

const next = path.resolve("node_modules", ".bin", "next");
// Every setting is checked here, before anything starts: a wrong one stops with its name.
const { PORT, WEB_CONCURRENCY } = env();
// Next's telemetry would try to reach the internet on every build and start.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
// next-auth builds its callback addresses from this.
process.env.NEXTAUTH_URL ??= siteUrl();

/** Server processes: one per core by default. Pages that must render (search, the newsroom) use them all. */
function workerCount(): number {
  return WEB_CONCURRENCY ?? Math.min(availableParallelism(), 4);
}

async function primary(): Promise<void> {
  await prepareDatabase();
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    console.log("首次启动：正在构建站点（next build）…");
    const build = spawnSync(next, ["build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const count = workerCount();
  let listening = 0;
  cluster.on("listening", () => {
    if (++listening !== count) return;
    console.log(`中原区报 ready on http://localhost:${PORT}（${count} 个服务进程）`);
    // Loaded here only: the server processes have no use for it.
    void import("@/lib/server/prerender-site").then(({ prerenderSite }) => prerenderSite(PORT));
  });
  // A worker that dies is replaced, unless it died while starting (then something is wrong).
  cluster.on("exit", (worker, code, signal) => {
    if (listening < count) {
      console.error(`服务进程启动失败（退出码 ${code}）。`);
      process.exit(1);
    }
    console.error(`服务进程 ${worker.process.pid} 退出（${code ?? signal}），正在重启。`);
    cluster.fork();
  });
  // Server processes load the TypeScript with tsx's require hook only. Its ESM loader hooks (which
  // the `tsx` command installs) would send every dynamic import to a hooks thread and back, and
  // Next imports its cache handler that way on every request it handles: about a millisecond each.
  cluster.setupPrimary({ execArgv: ["--require", require.resolve("tsx/cjs")] });
  for (let i = 0; i < count; i++) cluster.fork();
}

const run = cluster.isPrimary ? primary() : serveSite(PORT);
run.catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
