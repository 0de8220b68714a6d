import { hashPassword } from "@/lib/auth/password";
import type { Role, SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";

let counter = 0;

/** A newsroom account for tests; password "password123" unless given. */
export async function createTestUser(
  db: Database,
  role: Role,
  overrides: { username?: string; password?: string } = {},
): Promise<SessionUser> {
  counter += 1;
  const username = overrides.username ?? `${role.toLowerCase()}${counter}`;
  const user = await db.user.create({
    data: {
      username,
      displayName: `测试${counter}`,
      role,
      passwordHash: await hashPassword(overrides.password ?? "password123"),
    },
  });
  return { id: user.id, username: user.username, displayName: user.displayName, role };
}

/** A paragraph document with the given text. */
export function docOf(text: string) {
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}
