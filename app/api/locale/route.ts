// The language switch: the same reader page in the other language, found from the referring
// address. The language lives in the URL (see lib/public/reader-paths.ts), so nothing is stored.
import { type NextRequest, NextResponse } from "next/server";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { otherLanguagePath } from "@/lib/public/reader-routes";

/**
 * The same page in the other language, from the referring address when it is on this host (the
 * switch must not become an open redirect). A search keeps its query: the reader switching
 * language on a search's results wants the same results.
 */
function otherLanguageAddress(request: NextRequest): string {
  const referer = request.headers.get("referer");
  if (!referer || !URL.canParse(referer)) return "/";
  const url = new URL(referer);
  if (url.host !== request.headers.get("host")) return "/";
  const other = otherLanguagePath(url.pathname);
  return other.endsWith("/search") ? `${other}${url.search}` : other;
}

export function GET(request: NextRequest) {
  return new NextResponse(null, {
    status: 303,
    // The referer's path is ours only by its host: `/en//evil.example` would turn into `//evil.example`.
    headers: {
      Location: safeReturnPath(otherLanguageAddress(request), "/"),
      "Cache-Control": "private, no-store",
    },
  });
}
