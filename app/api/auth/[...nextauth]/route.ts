// next-auth's endpoints: sign-in with credentials, session, CSRF token, sign-out.
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authErrorPage } from "@/lib/auth/auth-error-page";
import { authOptions } from "@/lib/auth/auth-options";
import { AppError } from "@/lib/errors/app-error";
import { readLimitedBody } from "@/lib/http/read-limited-body";

const handler = NextAuth(authOptions);

// A sign-in or sign-out form is a few hundred bytes.
const MAX_FORM_BYTES = 16 * 1024;

interface AuthRouteContext {
  params: Promise<{ nextauth: string[] }>;
}

export async function GET(request: NextRequest, context: AuthRouteContext) {
  const [action, codeInPath] = (await context.params).nextauth;
  // next-auth would copy the code into its redirect unencoded (see lib/auth/auth-error-page.ts).
  if (action === "error") {
    const code = request.nextUrl.searchParams.get("error") ?? codeInPath;
    return new Response(null, {
      status: 302,
      headers: { Location: authErrorPage(code), "Cache-Control": "no-store" },
    });
  }
  return handler(request, context);
}

export async function POST(request: NextRequest, context: AuthRouteContext) {
  // next-auth reads the whole body (request.text()) for anyone who posts: read it here, bounded.
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readLimitedBody(request, MAX_FORM_BYTES, "请求内容过大。");
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
  return handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
}
