import { AppError } from "@/lib/errors/app-error";

export interface InferredDate {
  /** YYYY-MM-DD */
  date: string;
  evidence: string[];
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function mostFrequentYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const [, year] of text.matchAll(/((?:19|20)\d{2})年/g)) {
    counts.set(Number(year), (counts.get(Number(year)) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return ranked[0]?.[0] ?? null;
}

/**
 * The issue date from the text: the year most often written as `2023年`, and the latest
 * `7月18日` mentioned (a bulletin reports events up to its own date, never after it).
 * Never "today": a file with no usable date is refused, with a way out.
 */
export function inferIssueDate(text: string): InferredDate {
  const year = mostFrequentYear(text);
  const days: { month: number; day: number; written: string }[] = [];
  for (const [written, month, day] of text.matchAll(/(\d{1,2})月(\d{1,2})日/g)) {
    if (year !== null && isRealDate(year, Number(month), Number(day))) {
      days.push({ month: Number(month), day: Number(day), written });
    }
  }
  if (year === null || days.length === 0) {
    throw new AppError(
      "MALFORMED_ARCHIVE",
      "无法从正文推断出版日期（需要“2023年”这样的年份和“7月14日”这样的日期），请用 --date YYYY-MM-DD 指定。",
    );
  }
  const latest = days.reduce((a, b) => (b.month * 100 + b.day > a.month * 100 + a.day ? b : a));
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${year}-${pad(latest.month)}-${pad(latest.day)}`,
    evidence: [`${year}年`, ...new Set(days.map((d) => d.written))],
  };
}
