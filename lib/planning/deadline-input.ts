import { shanghaiDate } from "@/lib/time/shanghai";

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** An instant as a datetime input holds it in Beijing time: `2026-12-03T18:00` (seconds if any). */
export function toBeijingInput(at: Date): string {
  const local = new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString();
  return local.slice(17, 19) === "00" ? local.slice(0, 16) : local.slice(0, 19);
}

/** The deadline a new assignment starts with: 18:00 Beijing time tomorrow, when copy is usually due. */
export function defaultDeadline(now: Date): string {
  return `${shanghaiDate(new Date(now.getTime() + 86_400_000))}T18:00`;
}
