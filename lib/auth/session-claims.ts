/** A newsroom session lasts a working day, counted from signing in: refreshing the token does not extend it. */
export const SESSION_MAX_AGE_S = 10 * 60 * 60;

/** What a session token says about its session, as the session callback hands it on. */
export interface SessionClaims {
  userId: string;
  /** The user's session version at sign-in: bumped on deactivation or a password reset. */
  sessionVersion: number;
  /** Issued at sign-in and kept for the session's life, so that signing out can revoke it. */
  sessionId: string;
  /** Seconds since the epoch. */
  signedInAt: number;
}

/** When a session signed in at `signedInAt` (seconds) ends whatever happens. */
export function sessionEndsAt(signedInAt: number): Date {
  return new Date((signedInAt + SESSION_MAX_AGE_S) * 1000);
}
