export const ROLES = ["REPORTER", "EDITOR", "CHIEF_EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

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
