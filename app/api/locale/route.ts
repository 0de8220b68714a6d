// The language switch: the same reader page in the other language, found from the referring
// address. The language lives in the URL (see lib/public/reader-paths.ts), so nothing is stored.
import { type NextRequest, NextResponse } from "next/server";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { otherLanguagePath } from "@/lib/public/reader-routes";

/** The referring page's path when it is on this host; the switch must not become an open redirect. */
function refererPath(request: NextRequest): string {
  const referer = request.headers.get("referer");
  if (!referer || !URL.canParse(referer)) return "/";
  const url = new URL(referer);
  return url.host === request.headers.get("host") ? url.pathname : "/";
}

export function GET(request: NextRequest) {
  return new NextResponse(null, {
    status: 303,
    // The referer's path is ours only by its host: `/en//evil.example` would turn into `//evil.example`.
    headers: {
      Location: safeReturnPath(otherLanguagePath(refererPath(request)), "/"),
      "Cache-Control": "private, no-store",
    },
  });
}
