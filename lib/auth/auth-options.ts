import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { systemClock } from "@/lib/time/clock";
import { authSecret } from "./auth-secret";
import { authenticate } from "./authenticate";
import { LoginThrottle } from "./login-throttle";
import { revokeSession } from "./revoke-session";
import { isRole } from "./roles";
import { sameOriginUrl } from "./safe-return-path";
import { SESSION_MAX_AGE_S } from "./session-claims";

const WINDOW_MS = 15 * 60_000;
const throttles = {
  account: new LoginThrottle(db, "account", { maxFailures: 5, windowMs: WINDOW_MS }, systemClock),
  address: new LoginThrottle(db, "address", { maxFailures: 30, windowMs: WINDOW_MS }, systemClock),
};

/**
 * The client's address. `npm start`'s server replaces X-Forwarded-For with the one address it
 * vouches for (lib/server/serve-site.ts, TRUSTED_PROXY); under `next dev` Next fills it in from
 * the socket unless the client sent one.
 */
function vouchedAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" && forwarded.trim() !== "" ? forwarded.trim() : "unknown";
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          return await authenticate(
            db,
            {
              username: credentials?.username ?? "",
              password: credentials?.password ?? "",
              address: vouchedAddress(req?.headers),
            },
            throttles,
          );
        } catch (error) {
          // next-auth hands the thrown message to the sign-in form; only our own messages are safe to show.
          if (error instanceof AppError) throw new Error(error.message);
          console.error("sign-in failed", error);
          throw new Error("登录服务暂时不可用，请稍后再试。");
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "role" in user) {
        token.uid = user.id;
        token.role = String(user.role);
        token.sv = Number(user.sessionVersion);
        token.sid = randomUUID();
        token.sat = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      const { uid, role, sv, sid, sat } = token;
      // A token without a session id predates revocable sessions: it has to sign in again.
      if (
        typeof uid === "string" &&
        typeof role === "string" &&
        isRole(role) &&
        typeof sid === "string" &&
        typeof sat === "number"
      ) {
        session.user = { id: uid, role, sessionVersion: Number(sv ?? 0), sessionId: sid, signedInAt: sat };
      }
      return session;
    },
    // The default throws on a callbackUrl it cannot parse (a 500) and builds Location headers
    // from raw text; this one only ever returns an encoded address on this site.
    redirect({ url, baseUrl }) {
      return sameOriginUrl(url, baseUrl);
    },
  },
  events: {
    // Signing out must end the session itself, not only delete this browser's cookie.
    async signOut({ token }) {
      if (typeof token?.sid === "string" && typeof token.sat === "number") {
        await revokeSession(db, { sessionId: token.sid, signedInAt: token.sat }, new Date());
      }
    },
  },
};
