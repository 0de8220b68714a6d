import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { repairArticleDocs } from "@/lib/articles/repair-article-docs";
import { type Database, openDatabase } from "@/lib/db";

const MIGRATIONS = path.resolve("prisma", "migrations");
const MIGRATION = "20261126203300_enums_json_plain_text";

const sqlOf = (name: string) => readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8");
const before = readdirSync(MIGRATIONS)
  .filter((name) => name < MIGRATION && /^\d{14}_/.test(name))
  .sort();
/** Later migrations, applied after it so the current client finds the schema it expects. */
const after = readdirSync(MIGRATIONS)
  .filter((name) => name > MIGRATION && /^\d{14}_/.test(name))
  .sort();

let dir: string;
let file: string;
let db: Database | undefined;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "migration-"));
  file = path.join(dir, "old.db");
});
afterEach(async () => {
  await db?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const doc = (...blocks: object[]) => JSON.stringify({ type: "doc", content: blocks });
const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

/** A database as the previous release left it, with rows in every table the migration rebuilds. */
function oldDatabase(): void {
  const sqlite = new Sqlite(file);
  for (const name of before) sqlite.exec(sqlOf(name));
  const now = Date.now();
  sqlite.exec(`
    INSERT INTO "User" (id, username, displayName, passwordHash, role, updatedAt)
      VALUES ('u1', 'editor', '编辑', 'x', 'EDITOR', ${now});
    INSERT INTO "Person" (id, name, kind) VALUES ('p1', '鲁燕', 'REPORTER');
    INSERT INTO "Issue" (id, number, date, status, updatedAt) VALUES ('i1', 1, '2023-07-18', 'PUBLISHED', ${now});
    INSERT INTO "Article" (id, headline, body, status, origin, charCount, updatedAt, authorId, issueId)
      VALUES ('a1', '会议召开', '${doc(paragraph("会议强调。"), { type: "image", attrs: { src: "/api/uploads/abcdefghij12", alt: "会场全景", caption: "图为会场。", credit: "" } })}',
              'PUBLISHED', 'IMPORTED', 99, ${now}, 'u1', 'i1'),
             ('a2', '旧稿', '不是 JSON 的旧正文', 'DRAFT', 'NEWSROOM', 0, ${now}, 'u1', NULL);
    INSERT INTO "Revision" (id, articleId, number, headline, subtitle, body, charCount)
      VALUES ('r1', 'a1', 1, '会议召开', '', '${doc(paragraph("会议强调。"))}', 5);
    INSERT INTO "ArticleByline" (articleId, personId, role, position) VALUES ('a1', 'p1', 'REPORTER', 0);
    INSERT INTO "WorkflowEvent" (id, articleId, fromStatus, toStatus) VALUES ('e1', 'a1', '', 'DRAFT'),
      ('e2', 'a1', 'DRAFT', 'SUBMITTED');
    INSERT INTO "Comment" (id, articleId, authorId, body) VALUES ('c1', 'a1', 'u1', '请核实');
    INSERT INTO "ProofRound" (id, articleId, round, proofreaderId) VALUES ('pr1', 'a1', 1, 'u1');
    INSERT INTO "ProofError" (id, roundId, category, passage) VALUES ('pe1', 'pr1', '错字', '会义');
    INSERT INTO "ImportBatch" (id, fileName, sha256, report, issueId)
      VALUES ('b1', 'a.txt', 'abc', '{"file":"a.txt","warnings":[]}', 'i1');
    INSERT INTO "Setting" (key, value) VALUES
      ('publication.masthead', '{"name":"中原区报","internal":true}'),
      ('review.stages', '2'),
      ('proofread.terms', 'not json'),
      ('setup.codeHash', '0123456789abcdef'),
      ('reader-cache.database-id', '38b546ae-eb06-4ce7-b1fa-8c1ac72ac550');
  `);
  sqlite.close();
}

describe(`migration ${MIGRATION}`, () => {
  it("keeps every row, as enums and Json, and the next start writes plain text and 字数", async () => {
    oldDatabase();
    const sqlite = new Sqlite(file);
    // better-sqlite3 enforces foreign keys, as Prisma's connection does: dropping Article while
    // they are on would take its revisions, bylines, events, comments and proof rounds with it.
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    sqlite.exec(sqlOf(MIGRATION));
    expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    for (const name of after) sqlite.exec(sqlOf(name));
    sqlite.close();

    db = openDatabase(`file:${file}`);
    expect(await db.article.count()).toBe(2);
    expect(await db.revision.count()).toBe(1);
    expect(await db.articleByline.count()).toBe(1);
    expect(await db.comment.count()).toBe(1);
    expect(await db.proofError.findMany({ select: { category: true } })).toEqual([{ category: "错字" }]);
    expect(
      await db.workflowEvent.findMany({
        orderBy: { id: "asc" },
        select: { fromStatus: true, toStatus: true },
      }),
    ).toEqual([
      { fromStatus: null, toStatus: "DRAFT" },
      { fromStatus: "DRAFT", toStatus: "SUBMITTED" },
    ]);
    expect((await db.importBatch.findFirstOrThrow()).report).toEqual({ file: "a.txt", warnings: [] });
    const settings = Object.fromEntries((await db.setting.findMany()).map((s) => [s.key, s.value]));
    expect(settings).toEqual({
      "publication.masthead": { name: "中原区报", internal: true },
      "review.stages": 2,
      "setup.codeHash": "0123456789abcdef",
      "reader-cache.database-id": "38b546ae-eb06-4ce7-b1fa-8c1ac72ac550",
      "maintenance.repair-article-docs": "queued",
    });

    expect(await repairArticleDocs(db)).toEqual({ articles: 2, revisions: 1 });
    const articles = await db.article.findMany({ orderBy: { id: "asc" } });
    expect(articles.map((a) => [a.plainText, a.charCount])).toEqual([
      ["会议强调。\n图为会场。", 4 + 10],
      ["不是 JSON 的旧正文", 2 + 7],
    ]);
    expect(articles[1].body).toEqual({ type: "doc", content: [paragraph("不是 JSON 的旧正文")] });
    expect((await db.revision.findFirstOrThrow()).charCount).toBe(4 + 5);
  });
});
