/** An issue number from a URL segment: a positive integer written plainly, else null. */
export function parseIssueNumber(segment: string): number | null {
  return /^[1-9]\d{0,8}$/.test(segment) ? Number(segment) : null;
}
