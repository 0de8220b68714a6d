import type { SessionUser } from "@/lib/auth/roles";
import type { Database, Tx } from "@/lib/db";
import { assertRoleCan } from "@/lib/permissions/assert";
import { recordAudit } from "@/lib/users/record-audit";

const KEY = "review.stages";
export const MIN_STAGES = 1;
export const MAX_STAGES = 3;

/** How many review stages (1–3, default 1) an article passes before it is approved. */
export async function getReviewStages(db: Database | Tx): Promise<number> {
  const setting = await db.setting.findUnique({ where: { key: KEY } });
  const stages = Number(setting?.value ?? MIN_STAGES);
  return Number.isInteger(stages) && stages >= MIN_STAGES && stages <= MAX_STAGES ? stages : MIN_STAGES;
}

/** An admin sets the number of review stages; articles already in review keep their approvals. */
export async function setReviewStages(db: Database, actor: SessionUser, stages: number): Promise<void> {
  assertRoleCan(actor, "settings:manage");
  await db.$transaction(async (tx) => {
    const before = await getReviewStages(tx);
    await tx.setting.upsert({
      where: { key: KEY },
      update: { value: stages },
      create: { key: KEY, value: stages },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "settings.reviewStages",
      targetId: KEY,
      detail: `审级设置：${before} 审 → ${stages} 审`,
    });
  });
}
