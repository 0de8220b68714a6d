import { getSchema } from "@tiptap/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { articleExtensions } from "@/lib/editor/extensions";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser } from "@/lib/testing/factories";
import { createArticle } from "./create-article";
import { restoreRevision } from "./restore-revision";

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
const clock = () => new Date("2026-11-26T02:00:00Z");

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  reporter = await createTestUser(db, "REPORTER");
});
afterEach(() => dispose());

describe("restoreRevision", () => {
  it("brings back a revision stored before the document gate only through the gate", async () => {
    const { id } = await createArticle(db, reporter);
    // As a 更正 used to store it: the bold run replaced by nothing.
    const broken = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "会议" },
            { type: "text", text: "", marks: [{ type: "bold" }] },
          ],
        },
      ],
    };
    await db.revision.create({
      data: {
        articleId: id,
        number: 1,
        headline: "标题",
        subtitle: "",
        body: broken,
        charCount: 2,
        authorId: reporter.id,
      },
    });

    await restoreRevision(db, reporter, { articleId: id, number: 1 }, clock);

    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    expect(() => getSchema(articleExtensions).nodeFromJSON(stored.body).check()).not.toThrow();
    expect(stored.body).toEqual({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "会议" }] }],
    });
  });
});
