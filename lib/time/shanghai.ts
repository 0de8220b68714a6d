/** The bulletin's clock: dates are Asia/Shanghai (UTC+8, no daylight saving); instants are stored in UTC. */
export const NEWSROOM_TIME_ZONE = "Asia/Shanghai";

/** The instant a Shanghai calendar day (YYYY-MM-DD) begins. */
export function startOfShanghaiDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** The Beijing calendar date (YYYY-MM-DD) of an instant: "today" for the clock's now. */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
