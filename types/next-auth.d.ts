import type { Role } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user?: { id: string; role: Role; sessionVersion: number; sessionId: string; signedInAt: number };
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
    sv?: number;
    /** Session id, issued at sign-in (next-auth's own `jti` changes on every refresh). */
    sid?: string;
    /** Signed in at, seconds since the epoch. */
    sat?: number;
  }
}
