import type { Database } from "@/lib/db";
import { reindexArticles } from "./reindex";
import { clearSearchIndex, countSearchRows } from "./search-index-sql";

/** Rebuilds the whole search index from the articles; returns how many are searchable. */
export async function rebuildSearchIndex(db: Database): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await clearSearchIndex(tx);
      const ids = (await tx.article.findMany({ select: { id: true } })).map((a) => a.id);
      await reindexArticles(tx, ids);
      return countSearchRows(tx);
    },
    { timeout: 600_000 },
  );
}
