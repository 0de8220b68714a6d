import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import { articleWhere } from "@/lib/permissions/policy";
import { ARTICLE_STATES } from "@/lib/workflow/states";

/**
 * Newsroom search over everything the user may see, drafts included, by headline, deck,
 * text and credited name, optionally one status. Newsroom volumes are small: a plain scan through the same
 * where-clause as every newsroom list, rather than a second index to keep in step.
 */
export async function searchNewsroom(db: Database, user: SessionUser, input: { q: string; status?: string }) {
  assertRoleCan(user, "newsroom:enter");
  const q = input.q.trim();
  if (!q) return [];
  const status = (ARTICLE_STATES as readonly string[]).includes(input.status ?? "")
    ? input.status
    : undefined;
  return db.article.findMany({
    where: {
      AND: [
        articleWhere(user, "article:view"),
        status ? { status } : {},
        {
          OR: [
            { headline: { contains: q } },
            { subtitle: { contains: q } },
            { body: { contains: q } },
            { bylines: { some: { person: { name: { contains: q } } } } },
          ],
        },
      ],
    },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: {
      id: true,
      headline: true,
      status: true,
      charCount: true,
      updatedAt: true,
      author: { select: { displayName: true } },
      issue: { select: { number: true } },
    },
  });
}
