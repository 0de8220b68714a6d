import { ensureUserPerson } from "@/lib/articles/ensure-user-person";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { CreditInput } from "./credits-input";

/**
 * The Person row a credit names. A typed name reuses the archive's person of that name and
 * role (通讯员 王畅 of 2023 is 通讯员 王畅 today), so search and bylines keep one spelling.
 */
export async function resolveCreditPerson(tx: Tx, credit: CreditInput): Promise<string> {
  if (credit.personId) {
    const person = await tx.person.findUnique({ where: { id: credit.personId }, select: { id: true } });
    if (!person) throw new AppError("BAD_INPUT", "署名中的人员不存在，请重新选择。");
    return person.id;
  }
  if (credit.userId) {
    const user = await tx.user.findUnique({
      where: { id: credit.userId },
      select: { id: true, displayName: true, active: true },
    });
    if (!user?.active) throw new AppError("BAD_INPUT", "所选账号不存在或已停用。");
    return ensureUserPerson(tx, user);
  }
  const name = credit.name ?? "";
  if (!name) throw new AppError("BAD_INPUT", "署名姓名不能为空。");
  const person = await tx.person.upsert({
    where: { name_kind: { name, kind: credit.role } },
    create: { name, kind: credit.role },
    update: {},
    select: { id: true },
  });
  return person.id;
}
