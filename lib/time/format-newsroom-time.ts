import { NEWSROOM_TIME_ZONE } from "./shanghai";

const FORMAT = new Intl.DateTimeFormat("zh-CN", {
  timeZone: NEWSROOM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** `2026/11/26 14:05` in Beijing time, however the server's clock is set. */
export function formatNewsroomTime(date: Date): string {
  return FORMAT.format(date);
}
