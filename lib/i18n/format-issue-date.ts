import type { Messages } from "./messages";

/** `2023年7月18日 星期二` (or its English form) for a YYYY-MM-DD issue date. */
export function formatIssueDate(date: string, t: Messages, withWeekday = true): string {
  const [y, m, d] = date.split("-").map(Number);
  const text = t.date(y, m, d);
  if (!withWeekday) return text;
  return `${text} ${t.weekday[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}
