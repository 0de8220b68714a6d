// `npm run search:rebuild`: rebuilds the full-text index from the articles.
import { openDatabase } from "@/lib/db";
import { databaseUrl } from "@/lib/database-url";
import { rebuildSearchIndex } from "@/lib/search/rebuild-search-index";
import { applyMigrations } from "@/lib/setup/apply-migrations";

async function main(): Promise<void> {
  await applyMigrations();
  const db = openDatabase(databaseUrl());
  try {
    const started = Date.now();
    const count = await rebuildSearchIndex(db);
    console.log(`搜索索引已重建：${count} 篇可检索文章，用时 ${Date.now() - started} ms。`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
