// Switches the UI language (a cookie) and returns the reader to the page they came from.
import { type NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import { isLocale } from "@/lib/i18n/messages";

/** The referring page's path when it is on this host; the switch must not become an open redirect. */
function returnPath(request: NextRequest): string {
  const referer = request.headers.get("referer");
  if (!referer || !URL.canParse(referer)) return "/";
  const url = new URL(referer);
  return url.host === request.headers.get("host") ? `${url.pathname}${url.search}` : "/";
}

export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get("to") ?? undefined;
  const response = new NextResponse(null, { status: 303, headers: { Location: returnPath(request) } });
  if (isLocale(to)) {
    response.cookies.set(LOCALE_COOKIE, to, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  return response;
}
