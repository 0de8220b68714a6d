/** Calendar months as `YYYY-MM` strings, computed on calendar dates (no time zone involved). */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month named by a request (`?month=2026-12`), or the month of `today` when it names none. */
// Years a calendar can show: year 0 or 9999 would step outside what dates can hold
// (shiftMonth, the grid's neighbouring days).
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

export function parseMonth(value: string | undefined, today: string): string {
  const year = Number(value?.slice(0, 4));
  return value && MONTH.test(value) && year >= FIRST_YEAR && year <= LAST_YEAR ? value : today.slice(0, 7);
}

const toDate = (month: string, day: number) =>
  new Date(`${month}-01T00:00:00Z`).getTime() + (day - 1) * 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The month before or after. */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split("-").map(Number);
  const shifted = new Date(Date.UTC(year, m - 1 + by, 1));
  return shifted.toISOString().slice(0, 7);
}

/** The month's first day and the first day of the next month, for range queries on dates. */
export function monthBounds(month: string): { first: string; next: string } {
  return { first: `${month}-01`, next: `${shiftMonth(month, 1)}-01` };
}

/**
 * The weeks of a month as a wall calendar shows them: Monday first, each week seven dates,
 * the first and last weeks filled with days of the neighbouring months.
 */
export function monthGrid(month: string): string[][] {
  const first = toDate(month, 1);
  const mondayOffset = (new Date(first).getUTCDay() + 6) % 7;
  const { next } = monthBounds(month);
  const end = new Date(`${next}T00:00:00Z`).getTime();
  const weeks: string[][] = [];
  for (let day = first - mondayOffset * 86_400_000; day < end; day += 7 * 86_400_000) {
    weeks.push(Array.from({ length: 7 }, (_, i) => iso(day + i * 86_400_000)));
  }
  return weeks;
}
