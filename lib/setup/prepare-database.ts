import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { repairArticleDocs } from "@/lib/articles/repair-article-docs";
import { findOrCreateSharedAuthSecret } from "@/lib/auth/auth-secret";
import { type Database, openDatabase } from "@/lib/db";
import { databaseProvider, databaseUrl } from "@/lib/database-url";
import { env } from "@/lib/env";
import { importArchive } from "@/lib/import/import-archive";
import { claimPageCache } from "@/lib/reader-cache/claim-page-cache";
import { invalidateReaderPages } from "@/lib/reader-cache/invalidate-reader-pages";
import { formatImportReport } from "@/lib/import/import-report";
import { rebuildSearchIndex } from "@/lib/search/rebuild-search-index";
import { countSearchRows } from "@/lib/search/search-index-sql";
import { demoPassword, isDemoMode } from "@/lib/users/demo-accounts";
import { ensureDemoAccounts, findAccountsWithDemoPassword } from "@/lib/users/ensure-demo-accounts";
import { issueSetupCode } from "@/lib/users/setup-code";
import { applyMigrations } from "./apply-migrations";
import { whilePreparing } from "./preparation-lock";

export const ARCHIVE_DIR = path.resolve("prisma", "archive");

async function importBundledArchive(db: Database, log: (line: string) => void): Promise<void> {
  if ((await db.issue.count()) > 0) return;
  const files = readdirSync(ARCHIVE_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  for (const file of files) {
    const report = await importArchive(db, {
      fileName: file,
      bytes: readFileSync(path.join(ARCHIVE_DIR, file)),
    });
    log(formatImportReport(report));
  }
}

/** A database from before search existed (or whose index was lost) gets its index built once. */
async function ensureSearchIndex(db: Database, log: (line: string) => void): Promise<void> {
  if (
    (await countSearchRows(db)) > 0 ||
    (await db.article.count({ where: { status: { in: ["PUBLISHED", "SCHEDULED"] } } })) === 0
  )
    return;
  log(`已建立搜索索引：${await rebuildSearchIndex(db)} 篇文章。`);
}

/** A pass a migration queued: stored article text through the storage boundary (gate, plain text, 字数). */
async function repairQueuedDocs(db: Database, log: (line: string) => void): Promise<void> {
  const repaired = await repairArticleDocs(db);
  // Reader pages show excerpts and 字数, and the index holds each published article's plain
  // text: after the pass changed articles, both are made anew.
  if (repaired && repaired.articles > 0) {
    await rebuildSearchIndex(db);
    await invalidateReaderPages(db, { everything: true }, new Date());
  }
  if (repaired && repaired.articles + repaired.revisions > 0) {
    log(
      `已按现行规则整理正文（编辑器格式、纯文本、字数）：${repaired.articles} 篇稿件，${repaired.revisions} 个修订版本。`,
    );
  }
}

/** Demo accounts in demo mode; outside it, no account may keep the demo password. */
async function prepareAccounts(db: Database, log: (line: string) => void): Promise<void> {
  const password = demoPassword();
  if (isDemoMode()) {
    const created = await ensureDemoAccounts(db, password);
    if (created.length > 0) log(`演示模式：已创建演示账号 ${created.join("、")}（密码见 README）。`);
    return;
  }
  const exposed = await findAccountsWithDemoPassword(db, password);
  if (exposed.length > 0) {
    throw new Error(
      `以下账号仍在使用演示密码：${exposed.join("、")}。非演示模式下拒绝启动：请先修改这些密码，或以 NEWSROOM_DEMO=1 运行演示。`,
    );
  }
  if ((await db.user.count()) === 0) {
    const code = await issueSetupCode(db);
    log(`尚无任何账号：请访问 /setup 创建管理员账号，一次性设置码：${code}`);
  }
}

/**
 * Instances behind one proxy must sign and check session tokens with one key: on PostgreSQL,
 * without NEXTAUTH_SECRET, the generated key is kept in the database they share (on SQLite, in
 * data/.auth-secret beside the database file). Set here, in the primary process, for the server
 * processes it starts.
 */
async function shareAuthSecret(db: Database, url: string): Promise<void> {
  if (env().NEXTAUTH_SECRET || databaseProvider(url) !== "postgresql") return;
  process.env.NEXTAUTH_SECRET = await findOrCreateSharedAuthSecret(db);
}

/**
 * First-start work, safe to repeat: migrations (and any data repair they queue), the bundled
 * archive when the database has no issue yet, and accounts. Every start calls it, so a fresh clone needs no manual step.
 * Instances that start together on one PostgreSQL database take turns.
 */
export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  const url = databaseUrl();
  await whilePreparing(url, async () => {
    await applyMigrations(url);
    const db = openDatabase(url);
    try {
      await repairQueuedDocs(db, log);
      await importBundledArchive(db, log);
      // Pages this build cached from another database (the tests', a deleted file) are not this one's.
      await claimPageCache(db, new Date());
      await ensureSearchIndex(db, log);
      await prepareAccounts(db, log);
      await shareAuthSecret(db, url);
    } finally {
      await db.$disconnect();
    }
  });
}
