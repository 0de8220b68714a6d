import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { env } from "@/lib/env";
import { canonicalReaderAddress } from "./canonical-address";
import { clientAddress } from "./client-address";
import { publicFiles } from "./public-files";
import { createRenderSlots } from "./render-slots";
import { searchPages } from "./search-page-cache";
import { sendCachedPage } from "./send-cached-page";

/**
 * Serves the production build, adding four things to `next start`:
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
  res
    .writeHead(405, {
      Allow: "GET, HEAD",
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
    })
    .end("405 Method Not Allowed: 此地址只接受 GET 请求。");
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
    if (!isDecodablePath(req.url)) {
      res
        .writeHead(400, { "Content-Type": "text/plain; charset=utf-8" })
        .end("400 Bad Request: 地址格式有误。");
      return;
    }
    const pathname = (req.url ?? "/").split("?")[0];
    if (!NOT_READER.test(pathname) && !answerReaderAddress(req, res)) return;
    if (files.send(req, res) || sendCachedPage(req, res) || searches.answer(req, res)) return;
    const readerRender = isReaderRender(pathname);
    // What reaches Next from the reading site is a render (a page nobody asked for yet, a new
    // search): bounded per process (render-slots.ts), so kept pages are sent between renders.
    if (readerRender) readerRenders.run(res, () => renderWithNext(req, res));
    else renderWithNext(req, res);
  }).listen(port);
}
