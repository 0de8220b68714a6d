import { z } from "zod";
// Relative imports: next.config.ts loads this module (through lib/http/response-headers.ts)
// without the "@/" path alias.
import { parseTrustedProxy } from "./server/client-address";

/** The SQLite file every part of the app uses unless DATABASE_URL names another. */
export const DEFAULT_DATABASE_URL = "file:./data/newsroom.db";

/** An unset variable and an empty one mean the same: the default (as `VAR= npm start` intends). */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ message: "应为数字" })
    .int("应为整数")
    .min(min, `应不小于 ${min}`)
    .max(max, `应不大于 ${max}`);

const schema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"])),
  // The scheme picks the database (lib/database-url.ts): an SQLite file, or a PostgreSQL server.
  DATABASE_URL: optional(
    z
      .string()
      .regex(
        /^(file:|postgres(ql)?:\/\/)/,
        "应为 SQLite 数据库文件的地址（以 file: 开头，如 file:./data/newsroom.db）或 PostgreSQL 的地址（postgresql://用户:密码@主机:5432/库名）",
      ),
  ).transform((value) => value ?? DEFAULT_DATABASE_URL),
  PORT: optional(wholeNumber(1, 65_535)).transform((value) => value ?? 3000),
  SITE_URL: optional(
    z.url({ protocol: /^https?$/, message: "应为网站的完整地址，如 https://news.example.cn" }),
  ),
  NEWSROOM_DEMO: optional(z.enum(["0", "1"], "只能是 1（演示模式）或 0／不设置")).transform(
    (value) => value === "1",
  ),
  DEMO_PASSWORD: optional(z.string()).transform((value) => value ?? "zhongyuan-demo"),
  NEXTAUTH_SECRET: optional(z.string()),
  TRUSTED_PROXY: optional(z.string()).transform((value, ctx) => {
    try {
      return parseTrustedProxy(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
      return z.NEVER;
    }
  }),
  UPLOAD_DIR: optional(z.string()),
  NEWSROOM_REVISION_WINDOW_S: optional(wholeNumber(0, 86_400)).transform((value) => value ?? 300),
  WEB_CONCURRENCY: optional(wholeNumber(1, 64)),
  // Read by lib/reader-cache/page-artifacts.cjs itself (see there); checked here so that a
  // wrong value stops `npm start` instead of being read as no memory at all.
  PAGE_MEMORY_MB: optional(wholeNumber(0, 1_048_576)),
  // Likewise read by lib/reader-cache/invalidation-reader.cjs (PostgreSQL).
  READER_CACHE_TTL_MS: optional(wholeNumber(1, 3_600_000)),
  PLAYWRIGHT_CHROMIUM_PATH: optional(z.string()),
});

export type Env = z.infer<typeof schema>;

/**
 * The environment the app, its commands and its scripts run with: every variable they read
 * (README, Settings), validated, with its default. Read on each call, not once: tests and
 * commands set variables (UPLOAD_DIR, DATABASE_URL) before the code that reads them runs.
 * A wrong value throws, naming the variable; `npm start` reads it before anything else.
 */
export function env(source: Record<string, string | undefined> = process.env): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `${name}=${JSON.stringify(source[name] ?? "")}：${issue.message}`;
  });
  throw new Error(`环境变量设置有误：\n  ${problems.join("\n  ")}`);
}
