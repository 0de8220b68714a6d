import { IssueStatus } from "@/lib/generated/prisma/enums";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createArticle } from "@/lib/articles/create-article";
import { findArticleForEditing } from "@/lib/articles/find-article-for-editing";
import { findMyArticles } from "@/lib/articles/find-my-articles";
import { saveArticle } from "@/lib/articles/save-article";
import type { Database } from "@/lib/db";
import { searchNewsroom } from "@/lib/search/search-newsroom";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser, docOf } from "@/lib/testing/factories";
import { ARTICLE_STATES } from "@/lib/workflow/states";
import { transitionArticle } from "@/lib/workflow/transition-article";
import { arrangeIssue } from "./arrange-issue";
import { createIssue } from "./create-issue";
import { findIssuePlan } from "./find-issue-plan";
import { listIssuesForPlanner } from "./list-issues-for-planner";
import { scheduleIssue } from "./schedule-issue";
import {
  articleStatusAt,
  articleStatusWhere,
  isArticlePublic,
  isIssuePublic,
  issueStatusAt,
  issueStatusWhere,
  publicArticleWhere,
  publicIssueWhere,
} from "./visibility";

const NOW = new Date("2026-11-26T00:00:00Z");
const PAST = new Date("2026-11-25T00:00:00Z");
const FUTURE = new Date("2026-11-27T00:00:00Z");
const ISSUE_STATES = Object.values(IssueStatus);

describe("each rule's boolean form and its where-clause agree", () => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = createTempDatabase());
    // Every issue state at every moment, and every article state at every moment in each of
    // those issues or in none: the facts the rule reads, in all their combinations.
    let number = 0;
    const issues: { id: string; number: number }[] = [];
    for (const status of ISSUE_STATES)
      for (const publishAt of [null, PAST, NOW, FUTURE])
        issues.push(
          await db.issue.create({ data: { number: ++number, date: "2026-11-26", status, publishAt } }),
        );
    await db.article.createMany({
      data: ARTICLE_STATES.flatMap((status) =>
        [null, PAST, NOW, FUTURE].flatMap((publishedAt) =>
          [null, ...issues].map((issue) => ({
            headline: `${status} ${publishedAt?.toISOString()} ${issue?.number}`,
            body: "{}",
            status,
            publishedAt,
            issueId: issue?.id ?? null,
          })),
        ),
      ),
    });
  });
  afterAll(() => dispose());

  const sorted = (ids: string[]) => [...ids].sort();

  it("for articles: every status as of now, and being public", async () => {
    const rows = await db.article.findMany({
      select: {
        id: true,
        status: true,
        publishedAt: true,
        issue: { select: { status: true, publishAt: true } },
      },
    });
    expect(rows).toHaveLength(ARTICLE_STATES.length * 4 * 17);
    for (const status of ARTICLE_STATES) {
      const queried = await db.article.findMany({
        where: articleStatusWhere(status, NOW),
        select: { id: true },
      });
      const derived = rows.filter((row) => articleStatusAt(row, NOW) === status);
      expect(sorted(queried.map((a) => a.id)), status).toEqual(sorted(derived.map((a) => a.id)));
    }
    const queried = await db.article.findMany({ where: publicArticleWhere(NOW), select: { id: true } });
    const derived = rows.filter((row) => isArticlePublic(row, NOW));
    expect(sorted(queried.map((a) => a.id))).toEqual(sorted(derived.map((a) => a.id)));
    // And the rule is not empty: some scheduled articles read as published, and some do not.
    expect(rows.some((row) => row.status === "SCHEDULED" && articleStatusAt(row, NOW) === "PUBLISHED")).toBe(
      true,
    );
    expect(rows.some((row) => row.status === "SCHEDULED" && articleStatusAt(row, NOW) === "SCHEDULED")).toBe(
      true,
    );
  });

  it("for issues: every status as of now, and being public", async () => {
    const rows = await db.issue.findMany({ select: { id: true, status: true, publishAt: true } });
    for (const status of ISSUE_STATES) {
      const queried = await db.issue.findMany({ where: issueStatusWhere(status, NOW), select: { id: true } });
      const derived = rows.filter((row) => issueStatusAt(row, NOW) === status);
      expect(sorted(queried.map((i) => i.id)), status).toEqual(sorted(derived.map((i) => i.id)));
    }
    const queried = await db.issue.findMany({ where: publicIssueWhere(NOW), select: { id: true } });
    expect(sorted(queried.map((i) => i.id))).toEqual(
      sorted(rows.filter((row) => isIssuePublic(row, NOW)).map((i) => i.id)),
    );
  });
});

describe("a scheduled issue is 已发布 everywhere in the newsroom once its moment passes", () => {
  let db: Database;
  let dispose: () => Promise<void>;
  let reporter: SessionUser;
  let editor: SessionUser;
  let now = Date.parse("2026-11-26T00:00:00Z");
  const clock = () => new Date(now);
  const T = Date.parse("2026-11-26T00:30:00Z");

  beforeEach(async () => {
    ({ db, dispose } = createTempDatabase());
    now = Date.parse("2026-11-26T00:00:00Z");
    [reporter, editor] = [await createTestUser(db, "REPORTER"), await createTestUser(db, "EDITOR")];
  });
  afterEach(() => dispose());

  /** Everything stored about articles and issues: no read may change any of it. */
  const stored = async () =>
    JSON.stringify([await db.article.findMany({ orderBy: { id: "asc" } }), await db.issue.findMany()]);

  it("with no write between scheduling and reading", async () => {
    const { id } = await createArticle(db, reporter, {}, clock);
    const body = docOf("本报讯 网格员培训开班。");
    await saveArticle(
      db,
      reporter,
      { id, version: 1, headline: "网格员培训", subtitle: "", sectionId: null, body },
      clock,
    );
    await transitionArticle(db, reporter, { articleId: id, action: "submit", note: "" }, clock);
    await transitionArticle(db, editor, { articleId: id, action: "approve", note: "同意" }, clock);
    await createIssue(db, editor, { number: 7, date: "2026-11-26" });
    await arrangeIssue(db, editor, 7, { kind: "add", articleId: id, sectionId: null }, clock);
    await scheduleIssue(db, editor, 7, new Date(T), clock);

    const newsroom = async () => ({
      mine: (await findMyArticles(db, reporter, clock)).map((a) => a.status),
      scheduled: (await searchNewsroom(db, editor, { q: "网格员", status: "SCHEDULED" }, clock)).length,
      published: (await searchNewsroom(db, editor, { q: "网格员", status: "PUBLISHED" }, clock)).map(
        (a) => a.status,
      ),
      planner: (await listIssuesForPlanner(db, editor, clock)).map((i) => i.status),
      plan: await findIssuePlan(db, editor, 7, clock).then((p) => [
        p!.issue.status,
        ...p!.issue.articles.map((a) => a.status),
      ]),
      page: await findArticleForEditing(db, editor, id, clock).then((found) => [
        found!.article.status,
        found!.may.correct,
        found!.workflow.transitions.map((t) => t.action),
      ]),
    });

    now = T - 1000;
    const before = await stored();
    expect(await newsroom()).toEqual({
      mine: ["SCHEDULED"],
      scheduled: 1,
      published: [],
      planner: ["SCHEDULED"],
      plan: ["SCHEDULED", "SCHEDULED"],
      page: ["SCHEDULED", false, []],
    });

    now = T + 1000;
    expect(await newsroom()).toEqual({
      mine: ["PUBLISHED"],
      scheduled: 0,
      published: ["PUBLISHED"],
      planner: ["PUBLISHED"],
      plan: ["PUBLISHED", "PUBLISHED"],
      page: ["PUBLISHED", true, ["unpublish"]],
    });
    expect(await stored()).toBe(before);

    // What the newsroom shows is what it acts on: the live article is taken down as published.
    await transitionArticle(db, editor, { articleId: id, action: "unpublish", note: "数据有误" }, clock);
    const event = await db.workflowEvent.findFirstOrThrow({
      where: { articleId: id },
      orderBy: { createdAt: "desc" },
    });
    expect([event.fromStatus, event.toStatus]).toEqual(["PUBLISHED", "UNPUBLISHED"]);
  });
});
