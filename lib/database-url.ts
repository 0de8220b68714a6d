import { env } from "./env";

/** The SQLite file every part of the app uses: DATABASE_URL, else a file under the git-ignored data/. */
export function databaseUrl(): string {
  return env().DATABASE_URL;
}

/** The two databases the app runs on: the embedded default, and one several instances can share. */
export type DatabaseProvider = "sqlite" | "postgresql";

/** Which database a URL names, by its scheme: `file:` is SQLite, `postgresql:`/`postgres:` PostgreSQL. */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL 无法识别：${url.replace(/\/\/[^@/]*@/, "//…@")}。请使用 file:（SQLite 文件）或 postgresql://（PostgreSQL）地址。`,
  );
}
