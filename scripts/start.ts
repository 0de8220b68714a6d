// `npm start`: prepares the database, builds once if there is no build, then serves on PORT
// (production build behind the reader-page micro-cache, see lib/server/serve-site.ts).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { serveSite } from "@/lib/server/serve-site";
import { prepareDatabase } from "@/lib/setup/prepare-database";
import { siteUrl } from "@/lib/site-url";

const next = path.resolve("node_modules", ".bin", "next");
// Next's telemetry would try to reach the internet on every build and start.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
// next-auth builds its callback addresses from this.
process.env.NEXTAUTH_URL ??= siteUrl();

async function main(): Promise<void> {
  await prepareDatabase();
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    console.log("首次启动：正在构建站点（next build）…");
    const build = spawnSync(next, ["build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  await serveSite(Number(process.env.PORT || 3000));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
