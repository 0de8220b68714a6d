import { randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertRoleCan } from "@/lib/permissions/assert";

/** A new section (栏目) at the end of the list. Its slug is only an identifier in URLs and anchors. */
export async function createSection(db: Database, user: SessionUser, name: string) {
  assertRoleCan(user, "issue:manage");
  if (await db.section.findUnique({ where: { name } }))
    throw new AppError("CONFLICT", `栏目“${name}”已经存在。`);
  const last = await db.section.findFirst({ orderBy: { position: "desc" }, select: { position: true } });
  return db.section.create({
    data: { name, slug: `s-${randomBytes(4).toString("hex")}`, position: (last?.position ?? -1) + 1 },
    select: { id: true, name: true },
  });
}
