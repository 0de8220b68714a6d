import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { type Clock, systemClock } from "@/lib/time/clock";
import { assertRoleCan } from "@/lib/permissions/assert";
import { recordArticleCreated } from "@/lib/workflow/apply-article-change";
import { ensureUserPerson } from "./ensure-user-person";

const EMPTY_DOC = { type: "doc", content: [{ type: "paragraph" }] };

/** A new empty draft owned by the user, bylined with their name. */
export async function createArticle(
  db: Database,
  user: SessionUser,
  clock: Clock = systemClock,
): Promise<{ id: string }> {
  assertRoleCan(user, "article:create");
  return db.$transaction(async (tx) => {
    const personId = await ensureUserPerson(tx, user);
    const created = await tx.article.create({
      data: {
        headline: "",
        body: EMPTY_DOC,
        authorId: user.id,
        bylines: { create: { personId, role: "REPORTER", position: 0 } },
      },
      select: { id: true },
    });
    await recordArticleCreated(tx, { articleId: created.id, actorId: user.id, note: "新建稿件" }, clock());
    return created;
  });
}
