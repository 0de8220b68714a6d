import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { systemClock } from "@/lib/time/clock";
import { authSecret } from "./auth-secret";
import { authenticate } from "./authenticate";
import { LoginThrottle } from "./login-throttle";
import { isRole } from "./roles";

const WINDOW_MS = 15 * 60_000;
const throttles = {
  account: new LoginThrottle({ maxFailures: 5, windowMs: WINDOW_MS }, systemClock),
  address: new LoginThrottle({ maxFailures: 30, windowMs: WINDOW_MS }, systemClock),
};

/** A newsroom session lasts a working day. */
export const SESSION_MAX_AGE_S = 10 * 60 * 60;

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  return typeof forwarded === "string" ? forwarded.split(",")[0].trim() : "local";
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
              address: clientAddress(req?.headers),
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
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string" && typeof token.role === "string" && isRole(token.role)) {
        session.user = { id: token.uid, role: token.role, sessionVersion: Number(token.sv ?? 0) };
      }
      return session;
    },
  },
};
