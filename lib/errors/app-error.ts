/** Every failure the product expects, with the HTTP status it maps to. */
export const APP_ERROR_STATUS = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  MALFORMED_ARCHIVE: 422,
  /** Another writer (an archive import) held the database for too long: try again. */
  BUSY: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

/**
 * An error whose message is safe to show to the person who caused it (in Chinese).
 * Anything that is not an AppError is logged and replaced by a generic message.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string) {
    super(message);
    this.name = "AppError";
    this.code = code;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}
