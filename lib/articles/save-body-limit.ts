const MB = 1024 * 1024;

/**
 * The most one save may weigh: the whole article (headline, deck, document) as JSON. Images
 * are uploaded on their own, so even a long feature with many of them stays far below this.
 */
export const MAX_SAVE_BYTES = 8 * MB;

/** Next's limit on server action bodies (next.config.ts): a save at the limit plus the encoding's own overhead. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = MAX_SAVE_BYTES + MB / 4;

export const SAVE_TOO_LARGE_MESSAGE = `文章内容过大（超过 ${MAX_SAVE_BYTES / MB} MB），无法保存。请删减内容或拆分成多篇稿件；内容已暂存在本机。`;

/**
 * Whether a save is too large to send. Checked in the browser before sending: Next refuses
 * an oversized action body with an error the browser cannot tell apart from a lost connection.
 */
export function saveTooLarge(input: unknown): boolean {
  return new TextEncoder().encode(JSON.stringify(input)).byteLength > MAX_SAVE_BYTES;
}
