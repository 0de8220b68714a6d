import { createServer } from "node:http";
import next from "next";
import { env } from "@/lib/env";
import { clientAddress } from "./client-address";
import { createRenderSlots } from "./render-slots";
import { sendOrKeepSearchPage } from "./search-page-cache";
import { sendCachedPage } from "./send-cached-page";

/**
 * Serves the production build, adding three things to `next start`:
 * - the client's address: Next only fills in X-Forwarded-For when the client left it out, so as
 *   received it is the client's to choose. It is replaced by the address we can vouch for
 *   (TRUSTED_PROXY); the sign-in limits key on it;
 * - reader pages Next has already rendered are sent straight from memory (send-cached-page.ts):
 *   Next's request pipeline costs about a millisecond per request even for a cached page, which
 *   on two cores caps a cached page near 900 requests a second; search pages, rendered per
 *   request, are kept per search the same way (search-page-cache.ts);
 * - reader requests Next must render wait for one of a few render slots per process
 *   (render-slots.ts), so a flood of new searches or made-up addresses cannot stall readers.
 */
/** Addresses of the newsroom, its API and Next's build files: never queued behind reader renders. */
const NOT_READER = /^\/(newsroom|api|_next|login|setup)(\/|$)/;

/** Reader renders per process at once (they hold the process), and how many may wait for one. */
const READER_RENDERS = 2;
const READER_RENDERS_WAITING = 100;

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
  createServer((req, res) => {
    if (!isDecodablePath(req.url)) {
      res
        .writeHead(400, { "Content-Type": "text/plain; charset=utf-8" })
        .end("400 Bad Request: 地址格式有误。");
      return;
    }
    if (sendCachedPage(req, res) || sendOrKeepSearchPage(req, res)) return;
    // Only what Next answers needs the client's address (kept pages are the same for everyone).
    req.headers["x-forwarded-for"] = clientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      trustedProxy,
    );
    // What reaches Next from the reading site is a render (a page nobody asked for yet, a new
    // search): bounded per process (render-slots.ts), so kept pages are sent between renders.
    if (NOT_READER.test(req.url ?? "")) void handle(req, res);
    else readerRenders.run(res, () => void handle(req, res));
  }).listen(port);
}
