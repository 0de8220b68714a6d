import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { publicArticleWhere } from "@/lib/issues/visibility";
import { canOnArticle } from "@/lib/permissions/can-on-article";

/**
 * An upload the requester may fetch: anyone, once its article is public; otherwise only
 * those who may see the article in the newsroom. Null (a 404) for everyone else.
 */
export async function findReadableUpload(db: Database, user: SessionUser | null, id: string, now: Date) {
  const upload = await db.upload.findUnique({
    where: { id },
    include: { article: { select: { id: true, authorId: true, status: true } } },
  });
  if (!upload) return null;
  const isPublic =
    (await db.article.count({ where: { AND: [publicArticleWhere(now), { id: upload.articleId }] } })) > 0;
  if (isPublic) return { ...upload, isPublic };
  return canOnArticle(user, "article:view", upload.article) ? { ...upload, isPublic } : null;
}
