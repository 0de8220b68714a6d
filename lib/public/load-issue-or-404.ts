import "server-only";
import { notFound } from "next/navigation";
import { parseIssueNumber } from "./parse-issue-number";
import { getPublicIssue } from "./public-reads";

/** The public issue named by a URL segment; a 404 for anything unknown or not public. */
export async function loadPublicIssueOr404(segment: string) {
  const number = parseIssueNumber(segment);
  const issue = number === null ? null : await getPublicIssue(number);
  if (!issue) notFound();
  return issue;
}
