// `npm start`: prepares the database, builds once if there is no build, then serves on PORT.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
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
  const port = process.env.PORT || "3000";
  const server = spawn(next, ["start", "--port", port], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
