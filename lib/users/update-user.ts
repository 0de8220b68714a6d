import { hashPassword } from "@/lib/auth/password";
import { ROLE_LABELS, type Role, type SessionUser, isRole } from "@/lib/auth/roles";
import type { Database, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";
import { recordAudit } from "./record-audit";

export type UserChange =
  { kind: "role"; role: Role } | { kind: "active"; active: boolean } | { kind: "password"; password: string };

async function findTarget(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("NOT_FOUND", "账号不存在。");
  return user;
}

/**
 * An admin changes a role, (de)activates an account or resets its password. Admins cannot
 * take away their own admin role or lock themselves out. Deactivation and password resets
 * bump the session version, which signs the person out everywhere at once.
 */
export async function updateUser(db: Database, actor: SessionUser, userId: string, change: UserChange) {
  assertRoleCan(actor, "users:manage");
  const passwordHash = change.kind === "password" ? await hashPassword(change.password) : null;
  await db.$transaction(async (tx) => {
    const target = await findTarget(tx, userId);
    const self = target.id === actor.id;
    let detail: string;
    if (change.kind === "role") {
      if (self && change.role !== "ADMIN") throw new AppError("FORBIDDEN", "不能取消自己的管理员角色。");
      const from = isRole(target.role) ? ROLE_LABELS[target.role] : target.role;
      await tx.user.update({ where: { id: userId }, data: { role: change.role } });
      detail = `${target.username} 角色：${from} → ${ROLE_LABELS[change.role]}`;
    } else if (change.kind === "active") {
      if (self && !change.active) throw new AppError("FORBIDDEN", "不能停用自己的账号。");
      await tx.user.update({
        where: { id: userId },
        data: { active: change.active, sessionVersion: { increment: change.active ? 0 : 1 } },
      });
      detail = `${change.active ? "启用" : "停用"}账号 ${target.username}`;
    } else {
      await tx.user.update({
        where: { id: userId },
        data: { passwordHash: passwordHash!, sessionVersion: { increment: 1 } },
      });
      detail = `重置 ${target.username} 的密码`;
    }
    await recordAudit(tx, { actorId: actor.id, action: `user.${change.kind}`, targetId: userId, detail });
  });
}
