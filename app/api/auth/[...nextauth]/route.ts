// next-auth's endpoints: sign-in with credentials, session, CSRF token, sign-out.
import NextAuth from "next-auth";
import { authErrorPage } from "@/lib/auth/auth-error-page";
import { authOptions } from "@/lib/auth/auth-options";

const handler = NextAuth(authOptions);

interface AuthRouteContext {
  params: Promise<{ nextauth: string[] }>;
}

export async function GET(request: Request, context: AuthRouteContext) {
  const [action, codeInPath] = (await context.params).nextauth;
  // next-auth would copy the code into its redirect unencoded (see lib/auth/auth-error-page.ts).
  if (action === "error") {
    const code = new URL(request.url).searchParams.get("error") ?? codeInPath;
    return new Response(null, { status: 302, headers: { Location: authErrorPage(code), "Cache-Control": "no-store" } });
  }
  return handler(request, context);
}

export { handler as POST };
