import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import { articleWhere } from "@/lib/permissions/policy";

/** 我的稿件: the user's own articles, most recently changed first. */
export async function findMyArticles(db: Database, user: SessionUser) {
  assertRoleCan(user, "article:create");
  return db.article.findMany({
    where: { AND: [articleWhere(user, "article:view"), { authorId: user.id }] },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      headline: true,
      status: true,
      charCount: true,
      updatedAt: true,
      section: { select: { name: true } },
    },
  });
}
