import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit } from "./record-audit";
import { needsFirstAdmin } from "./needs-first-admin";
import { consumeSetupCode, setupCodeMatches } from "./setup-code";
import { displayNameSchema, passwordSchema, usernameSchema } from "./user-input";

export const firstAdminSchema = z.object({
  code: z.string().trim().min(1, "请填写设置码。"),
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
});

const ALREADY_SET_UP = "系统已经设置完成。";
const WRONG_CODE = "设置码不正确，请查看服务器日志中的设置码。";

/** Creates the first admin account with the one-time setup code; refused once any account exists. */
export async function createFirstAdmin(db: Database, input: z.infer<typeof firstAdminSchema>) {
  // Anyone may call this: refuse before the password hash, the one costly step, is computed.
  if (!(await needsFirstAdmin(db))) throw new AppError("NOT_FOUND", ALREADY_SET_UP);
  if (!(await setupCodeMatches(db, input.code))) throw new AppError("FORBIDDEN", WRONG_CODE);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    // Checked again where it counts: two requests with the right code may both have got this far.
    if ((await tx.user.count()) > 0) throw new AppError("NOT_FOUND", ALREADY_SET_UP);
    if (!(await consumeSetupCode(tx, input.code))) throw new AppError("FORBIDDEN", WRONG_CODE);
    const user = await tx.user.create({
      data: { username: input.username, displayName: input.displayName, role: "ADMIN", passwordHash },
      select: { id: true, username: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "setup",
      targetId: user.id,
      detail: "创建首个管理员账号",
    });
    return user;
  });
}
