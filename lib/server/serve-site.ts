import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { env } from "@/lib/env";
import { canonicalReaderAddress, withoutDotSegments } from "./canonical-address";
import { clientAddress } from "./client-address";
import { publicFiles } from "./public-files";
import { createRenderSlots } from "./render-slots";
import { searchPages } from "./search-page-cache";
import { adjustReaderResponse } from "./reader-response-headers";
import { isPlainPageRequest, sendCachedPage } from "./send-cached-page";

/**
 * Serves the production build, adding five things to `next start`:
 * - addresses are checked before anything is decided by them: one spelling per reader page, dot
 *   segments resolved, only GET and HEAD for reader pages (answerAnyAddress, answerReaderAddress);
 * - the client's address: Next only fills in X-Forwarded-For when the client left it out, so as
 *   received it is the client's to choose. It is replaced by the address we can vouch for
 *   (TRUSTED_PROXY); the sign-in limits key on it;
 * - reader pages Next has already rendered are sent straight from memory (send-cached-page.ts):
 *   Next's request pipeline costs about a millisecond per request even for a cached page, which
 *   on two cores caps a cached page near 900 requests a second; search pages are kept per
 *   search the same way, and made here from the kept search page and the results
 *   (search-page-cache.ts); the files in public/ are sent from memory too (public-files.ts);
 * - reader requests Next must render wait for one of a few render slots per process
 *   (render-slots.ts), so a flood of new searches or made-up addresses cannot stall readers.
 */
/** Addresses of the newsroom, its API and Next's build files: never queued behind reader renders. */
const NOT_READER = /^\/(newsroom|api|_next|login|setup)(\/|$)/;

/** Not reader renders: robots.txt is a few lines made per request (its sitemap follows SITE_URL). */
const STATIC_FILES = new Set(["/robots.txt"]);

/**
 * Reader renders per process at once, and how many may wait for one. A render awaits the
 * database and its streams in between, so a few at once keep the core busy; more would only
 * make kept pages wait longer behind them.
 */
const READER_RENDERS = 4;
const READER_RENDERS_WAITING = 200;

/** Whether a request Next answers is a reader render, to be bounded. */
function isReaderRender(pathname: string): boolean {
  return !NOT_READER.test(pathname) && !STATIC_FILES.has(pathname);
}

const plainText = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) =>
  res
    .writeHead(status, {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      ...headers,
    })
    .end(text);

/**
 * Answers what no address may be asked: a request target other than a path (`*`, or an absolute
 * URL naming another host, which Next would echo into a redirect), a path that cannot be decoded
 * (Next answers it with a 500), TRACE and CONNECT (500 from Next), and dot segments, resolved
 * before anything is decided by the path (canonical-address.ts). Returns true when the request may
 * go on.
 */
function answerAnyAddress(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? "";
  if (!url.startsWith("/") || !isDecodablePath(url)) {
    plainText(res, 400, "400 Bad Request: 地址格式有误。");
    return false;
  }
  if (req.method === "TRACE" || req.method === "CONNECT") {
    plainText(res, 405, "405 Method Not Allowed", { Allow: "GET, HEAD, POST" });
    return false;
  }
  const resolved = withoutDotSegments(url);
  if (resolved === null) return true;
  res.writeHead(308, { Location: resolved, "Cache-Control": "public, max-age=3600" }).end();
  return false;
}

/**
 * Answers what no reader address may be asked: another spelling of one (308 to the one spelling,
 * canonical-address.ts), or a method other than GET and HEAD (405: reader pages are read, never
 * posted to; Next answered OPTIONS with a 400 marked shareable, and TRACE with a 500). Returns
 * true when the request may go on.
 */
function answerReaderAddress(req: IncomingMessage, res: ServerResponse): boolean {
  const canonical = canonicalReaderAddress(req.url ?? "/");
  if (canonical !== null) {
    res.writeHead(308, { Location: canonical, "Cache-Control": "public, max-age=3600" }).end();
    return false;
  }
  if (req.method === "GET" || req.method === "HEAD") return true;
  plainText(res, 405, "405 Method Not Allowed: 此地址只接受 GET 请求。", { Allow: "GET, HEAD" });
  return false;
}

/** Whether an address's path can be decoded: Next answers one that cannot with a 500. */
function isDecodablePath(url: string | undefined): boolean {
  try {
    decodeURIComponent((url ?? "").split("?")[0]);
    return true;
  } catch {
    return false;
  }
}

export async function serveSite(port: number): Promise<void> {
  const app = next({ dev: false, port });
  const handle = app.getRequestHandler();
  const trustedProxy = env().TRUSTED_PROXY;
  const readerRenders = createRenderSlots(READER_RENDERS, READER_RENDERS_WAITING);
  await app.prepare();
  const renderWithNext = (req: IncomingMessage, res: ServerResponse) => {
    // Only what Next answers needs the client's address (kept pages are the same for everyone).
    req.headers["x-forwarded-for"] = clientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      trustedProxy,
    );
    void handle(req, res);
  };
  const files = publicFiles(path.resolve("public"));
  const searches = searchPages(readerRenders, renderWithNext, async (pathname) => {
    await (await fetch(`http://127.0.0.1:${port}${pathname}`)).arrayBuffer();
  });
  createServer((req, res) => {
    if (!answerAnyAddress(req, res)) return;
    const pathname = (req.url ?? "/").split("?")[0];
    if (!NOT_READER.test(pathname) && !answerReaderAddress(req, res)) return;
    if (files.send(req, res) || sendCachedPage(req, res) || searches.answer(req, res)) return;
    if (!isReaderRender(pathname)) return renderWithNext(req, res);
    adjustReaderResponse(res, !isPlainPageRequest(req));
    // What reaches Next from the reading site is a render (a page nobody asked for yet, a new
    // search): bounded per process (render-slots.ts), so kept pages are sent between renders.
    readerRenders.run(res, () => renderWithNext(req, res));
  }).listen(port);
}
