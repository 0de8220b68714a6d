import { Role } from "@/lib/generated/prisma/enums";

export { Role };
/** The newsroom roles: the schema's enum (prisma/schema.prisma), least to most rights. */
export const ROLES: readonly Role[] = Object.values(Role);

export const ROLE_LABELS: Record<Role, string> = {
  REPORTER: "记者",
  EDITOR: "编辑",
  CHIEF_EDITOR: "主编",
  ADMIN: "管理员",
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The signed-in person as every server check sees them. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}
