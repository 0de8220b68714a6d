import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import { ensureUserPerson } from "./ensure-user-person";

const EMPTY_DOC = { type: "doc", content: [{ type: "paragraph" }] };

/** A new empty draft owned by the user, bylined with their name. */
export async function createArticle(db: Database, user: SessionUser): Promise<{ id: string }> {
  assertRoleCan(user, "article:create");
  return db.$transaction(async (tx) => {
    const personId = await ensureUserPerson(tx, user);
    return tx.article.create({
      data: {
        headline: "",
        body: EMPTY_DOC,
        authorId: user.id,
        bylines: { create: { personId, role: "REPORTER", position: 0 } },
        events: { create: { actorId: user.id, toStatus: "DRAFT", note: "新建稿件" } },
      },
      select: { id: true },
    });
  });
}
