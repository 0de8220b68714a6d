import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { issueStatusAt } from "@/lib/issues/visibility";
import { requirePermission } from "@/lib/permissions/require-permission";
import { systemClock } from "@/lib/time/clock";
import { findArticleView } from "./find-article-view";
import { findIssueView } from "./find-issue-view";
import { parseIssueNumber } from "./parse-issue-number";
import { previewScope } from "./preview-scope";

/** Previews are for those who see issues before readers do; anyone else signed in gets 没有权限. */
const requirePlanner = (returnTo: string) => requirePermission(returnTo, "issue:view");

/**
 * An issue's preview. `issue` is null for an issue with no articles yet: readers never see an
 * empty issue (its address is 页面不存在 to them), and the preview says so instead of a 404.
 */
export async function loadIssuePreviewOr404(segment: string, view: "contents" | "front" = "contents") {
  await requirePlanner(`/newsroom/preview/issues/${segment}${view === "front" ? "/front" : ""}`);
  const number = parseIssueNumber(segment);
  if (number === null) notFound();
  const stored = await db.issue.findUnique({ where: { number }, select: { status: true, publishAt: true } });
  if (!stored) notFound();
  const issue = await findIssueView(db, number, previewScope());
  return { number, issue, published: issueStatusAt(stored, systemClock()) === "PUBLISHED" };
}

export async function loadArticlePreviewOr404(id: string) {
  await requirePlanner(`/newsroom/preview/articles/${id}`);
  const article = await findArticleView(db, id, previewScope());
  if (!article) notFound();
  return article;
}
