import type { Tx } from "@/lib/db";
import { rolesWith } from "@/lib/permissions/policy";

/** Leaves an in-app notice about an article for each of the given people. */
export async function notify(tx: Tx, userIds: string[], articleId: string, message: string): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({ data: unique.map((userId) => ({ userId, articleId, message })) });
}

/** Active reviewers, optionally only those who may take the final stage, except one person. */
export async function findEditorialIds(
  tx: Tx,
  options: { chiefOnly?: boolean; except?: string | null } = {},
): Promise<string[]> {
  const users = await tx.user.findMany({
    where: {
      active: true,
      role: { in: rolesWith(options.chiefOnly ? "review:final" : "review:decide") },
      id: options.except ? { not: options.except } : undefined,
    },
    select: { id: true },
  });
  return users.map((u) => u.id);
}
