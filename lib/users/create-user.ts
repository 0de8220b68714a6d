import type { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { ROLE_LABELS, type SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import { recordAudit } from "./record-audit";
import type { newUserSchema } from "./user-input";

/** An admin creates a newsroom account. */
export async function createUser(db: Database, actor: SessionUser, input: z.infer<typeof newUserSchema>) {
  assertRoleCan(actor, "users:manage");
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new AppError("CONFLICT", `用户名“${input.username}”已被使用。`);
    }
    const user = await tx.user.create({
      data: { username: input.username, displayName: input.displayName, role: input.role, passwordHash },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.create",
      targetId: user.id,
      detail: `创建账号 ${input.username}（${input.displayName}，${ROLE_LABELS[input.role]}）`,
    });
    return user;
  });
}
