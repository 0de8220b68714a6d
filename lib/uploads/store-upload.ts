import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { loadArticleFor } from "@/lib/articles/load-article-for";
import { type StoredImage, storeImage } from "./store-image";

/** Stores an image for an article the user may edit; checked by content, limited in size. */
export async function storeUpload(
  db: Database,
  user: SessionUser,
  articleId: string,
  bytes: Uint8Array,
): Promise<StoredImage> {
  await loadArticleFor(db, user, articleId, "article:edit");
  return storeImage(db, { articleId, ownerId: user.id, bytes });
}
