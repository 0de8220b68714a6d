import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { can } from "@/lib/permissions/policy";

/**
 * An upload the requester may fetch: anyone, once its article is public; otherwise only
 * those who may see the article in the newsroom. Null (a 404) for everyone else.
 */
export async function findReadableUpload(db: Database, user: SessionUser | null, id: string, now: Date) {
  const upload = await db.upload.findUnique({
    where: { id },
    include: {
      article: {
        select: {
          authorId: true,
          status: true,
          publishedAt: true,
          issue: { select: { status: true, publishAt: true } },
        },
      },
    },
  });
  if (!upload) return null;
  const isPublic = can(user, "article:read", upload.article, now);
  if (isPublic || can(user, "article:view", upload.article)) return { ...upload, isPublic };
  return null;
}
