import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { ARTICLE_STATES } from "@/lib/workflow/states";
import { ARTICLE_ACTIONS, articleWhere, can, issueWhere } from "./policy";

// The policy's yes/no answer and its query filter, asked of real rows: for every person and
// every action, the rows a query with the filter returns are exactly the rows `can` allows.
// The rows cover every article state, every kind of owner (the person, someone who credits
// them on the byline, someone else, nobody: the archive), and every issue state around now.

const NOW = new Date("2026-11-26T08:00:00Z");
const PAST = new Date("2026-11-20T08:00:00Z");
const FUTURE = new Date("2026-12-01T08:00:00Z");

const ISSUES = [
  { status: "PLANNING", publishAt: null },
  { status: "SCHEDULED", publishAt: FUTURE },
  { status: "SCHEDULED", publishAt: PAST },
  // Public from this very moment.
  { status: "SCHEDULED", publishAt: NOW },
  { status: "PUBLISHED", publishAt: PAST },
  // Published before the moment (a clock moved back): still not public until then.
  { status: "PUBLISHED", publishAt: FUTURE },
  { status: "UNPUBLISHED", publishAt: PAST },
] as const;
const PUBLISHED_AT = [null, PAST, NOW, FUTURE];

let db: Database;
let dispose: () => Promise<void>;
let people: SessionUser[];
/** Every article, with what `can` reads of it and whom it credits. */
let rows: Awaited<ReturnType<typeof loadRows>>;

beforeAll(async () => {
  ({ db, dispose } = createTempDatabase());
  // Two of each role, so that "someone else" is also someone of one's own role.
  people = [];
  // No one signs in here: rows without a real password hash keep the setup quick.
  for (const role of ROLES)
    for (const n of [1, 2]) {
      const username = `${role.toLowerCase()}${n}`;
      const user = await db.user.create({
        data: { username, displayName: username, role, passwordHash: "-" },
      });
      people.push({ id: user.id, username, displayName: username, role });
    }
  const personOf = new Map<string, string>();
  for (const person of people) {
    const created = await db.person.create({
      data: { name: person.displayName, kind: "REPORTER", userId: person.id },
    });
    personOf.set(person.id, created.id);
  }
  const issueIds: (string | null)[] = [null];
  for (const [index, issue] of ISSUES.entries()) {
    const created = await db.issue.create({ data: { number: index + 1, date: "2026-11-26", ...issue } });
    issueIds.push(created.id);
  }
  const authors = [...people.map((p) => p.id), null];
  const articles: Prisma.ArticleCreateManyInput[] = [];
  const bylines: Prisma.ArticleBylineCreateManyInput[] = [];
  for (const status of ARTICLE_STATES)
    for (const authorId of authors)
      for (const issueId of issueIds)
        for (const publishedAt of PUBLISHED_AT) {
          const id = `a${articles.length}`;
          articles.push({ id, headline: id, body: "{}", status, authorId, issueId, publishedAt });
          // Each article credits someone other than its author, in turn, so that every person
          // is credited on articles they did not write.
          const turn = people[articles.length % people.length];
          const credited = turn.id === authorId ? people[(articles.length + 1) % people.length] : turn;
          bylines.push({
            articleId: id,
            personId: personOf.get(credited.id)!,
            role: "REPORTER",
            position: 0,
          });
        }
  await db.article.createMany({ data: articles });
  await db.articleByline.createMany({ data: bylines });
  rows = await loadRows();
}, 60_000);

afterAll(() => dispose());

function loadRows() {
  return db.article.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      authorId: true,
      status: true,
      publishedAt: true,
      issue: { select: { status: true, publishAt: true } },
      bylines: { select: { person: { select: { userId: true } } } },
    },
  });
}

const subjects = () => [null, ...people];
const label = (subject: SessionUser | null) => subject?.username ?? "anonymous reader";

describe("the policy's filter returns exactly the articles `can` allows", () => {
  it("has rows of every kind", async () => {
    expect(rows).toHaveLength(
      ARTICLE_STATES.length * (people.length + 1) * (ISSUES.length + 1) * PUBLISHED_AT.length,
    );
    for (const person of people) {
      const credited = rows.filter(
        (r) => r.authorId !== person.id && r.bylines.some((b) => b.person.userId === person.id),
      );
      expect(credited.length, person.username).toBeGreaterThan(0);
    }
  });

  for (const action of ARTICLE_ACTIONS) {
    it(action, async () => {
      let allowedSomewhere = false;
      for (const subject of subjects()) {
        const allowed = rows.filter((r) => can(subject, action, r, NOW)).map((r) => r.id);
        const found = await db.article.findMany({
          where: articleWhere(subject, action, NOW),
          select: { id: true },
          orderBy: { id: "asc" },
        });
        expect(
          found.map((r) => r.id),
          `${action} for ${label(subject)}`,
        ).toEqual(allowed);
        allowedSomewhere ||= allowed.length > 0;
      }
      // A rule that allows nothing to anyone would agree with any filter.
      expect(allowedSomewhere, action).toBe(true);
    });
  }

  it("gives a reporter nothing for being credited on someone else's article", async () => {
    for (const reporter of people.filter((p) => p.role === "REPORTER")) {
      const credited = rows.filter(
        (r) => r.authorId !== reporter.id && r.bylines.some((b) => b.person.userId === reporter.id),
      );
      expect(credited.filter((r) => can(reporter, "article:view", r, NOW))).toEqual([]);
    }
  });
});

describe("the policy's filter returns exactly the issues `can` allows", () => {
  it("issue:read", async () => {
    const issues = await db.issue.findMany({ orderBy: { id: "asc" } });
    for (const subject of subjects()) {
      const allowed = issues.filter((i) => can(subject, "issue:read", i, NOW)).map((i) => i.id);
      const found = await db.issue.findMany({
        where: issueWhere(subject, "issue:read", NOW),
        orderBy: { id: "asc" },
      });
      expect(
        found.map((i) => i.id),
        label(subject),
      ).toEqual(allowed);
      expect(allowed).toHaveLength(3);
    }
  });
});
