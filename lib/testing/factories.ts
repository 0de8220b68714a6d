import { hashPassword } from "@/lib/auth/password";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { createArticle } from "@/lib/articles/create-article";
import { saveArticle } from "@/lib/articles/save-article";
import type { Database } from "@/lib/db";
import { transitionArticle } from "@/lib/workflow/transition-article";

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

/**
 * An article `author` wrote (one paragraph) and submitted for review, through the same
 * operations a reporter's clicks go through. Returns its id.
 */
export async function submittedArticle(
  db: Database,
  author: SessionUser,
  { headline = "网格员培训", text = "本报讯 培训。" }: { headline?: string; text?: string } = {},
  clock: () => Date = () => new Date(),
): Promise<string> {
  const { id } = await createArticle(db, author, {}, clock);
  const body = docOf(text);
  await saveArticle(db, author, { id, version: 1, headline, subtitle: "", sectionId: null, body }, clock);
  await transitionArticle(db, author, { articleId: id, action: "submit", note: "" }, clock);
  return id;
}
