// next-auth's endpoints: sign-in with credentials, session, CSRF token, sign-out.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
