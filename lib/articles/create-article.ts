import type { SessionUser } from "@/lib/auth/roles";
import { writeCredits } from "@/lib/credits/save-credits";
import type { Database } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import { draftFromAssignment } from "@/lib/planning/draft-from-assignment";
import { recordPitchEvent } from "@/lib/planning/record-pitch-event";
import { type Clock, systemClock } from "@/lib/time/clock";
import { recordArticleCreated } from "@/lib/workflow/apply-article-change";
import { ensureUserPerson } from "./ensure-user-person";

const EMPTY_DOC = { type: "doc", content: [{ type: "paragraph" }] };

export interface CreateArticleInput {
  /** Start from this 派稿: headline, 栏目 and credits come from it, and the article stays linked. */
  assignmentId?: string;
}

/**
 * A new empty draft owned by the user, bylined with their name; or, from an assignment, with
 * the assignment's headline, 栏目 and credits, linked to it and recorded in the pitch's timeline.
 */
export async function createArticle(
  db: Database,
  user: SessionUser,
  input: CreateArticleInput = {},
  clock: Clock = systemClock,
): Promise<{ id: string }> {
  assertRoleCan(user, "article:create");
  return db.$transaction(async (tx) => {
    const now = clock();
    const draft = input.assignmentId ? await draftFromAssignment(tx, user, input.assignmentId) : null;
    const article = await tx.article.create({
      data: {
        headline: draft?.headline ?? "",
        body: EMPTY_DOC,
        authorId: user.id,
        createdAt: now,
        sectionId: draft?.sectionId ?? null,
        assignmentId: draft?.assignmentId ?? null,
        // From an assignment the credits are written below, all of them in order.
        bylines: draft
          ? undefined
          : { create: { personId: await ensureUserPerson(tx, user), role: "REPORTER", position: 0 } },
      },
      select: { id: true },
    });
    const note = draft ? `根据派稿新建：${draft.headline}` : "新建稿件";
    await recordArticleCreated(tx, { articleId: article.id, actorId: user.id, note }, now);
    if (draft) {
      await writeCredits(tx, article.id, draft.credits);
      await recordPitchEvent(tx, {
        pitchId: draft.pitchId,
        actorId: user.id,
        action: "START_ARTICLE",
        note: draft.headline,
        at: now,
      });
    }
    return { id: article.id };
  });
}
