/** The bulletin's clock: dates are Asia/Shanghai (UTC+8, no daylight saving); instants are stored in UTC. */
export const NEWSROOM_TIME_ZONE = "Asia/Shanghai";

/** The instant a Shanghai calendar day (YYYY-MM-DD) begins. */
export function startOfShanghaiDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** `2023年7月18日` for a YYYY-MM-DD date. */
export function formatChineseDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}
