import type { Database } from "@/lib/db";
import { rolesWith } from "@/lib/permissions/policy";

/** Roles whose accounts write articles, and so can be given (or suggested for) a story. */
const WRITING_ROLES = rolesWith("article:create");

/**
 * What the pitch and assignment forms offer: the writers, the 栏目, and the issues still being
 * planned (the server checks each choice again).
 */
export async function findPlanningOptions(db: Database) {
  const [writers, sections, issues] = await Promise.all([
    db.user.findMany({
      where: { active: true, role: { in: WRITING_ROLES } },
      orderBy: [{ role: "asc" }, { displayName: "asc" }],
      select: { id: true, displayName: true, role: true },
    }),
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.issue.findMany({
      where: { status: { in: ["PLANNING", "SCHEDULED"] } },
      orderBy: { number: "asc" },
      select: { number: true, date: true },
    }),
  ]);
  return { writers, sections, issues };
}
