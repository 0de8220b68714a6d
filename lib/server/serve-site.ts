import { createServer } from "node:http";
import next from "next";
import { env } from "@/lib/env";
import { clientAddress } from "./client-address";
import { sendOrKeepSearchPage } from "./search-page-cache";
import { sendCachedPage } from "./send-cached-page";

/**
 * Serves the production build, adding two things to `next start`:
 * - the client's address: Next only fills in X-Forwarded-For when the client left it out, so as
 *   received it is the client's to choose. It is replaced by the address we can vouch for
 *   (TRUSTED_PROXY); the sign-in limits key on it;
 * - reader pages Next has already rendered are sent straight from memory (send-cached-page.ts):
 *   Next's request pipeline costs about a millisecond per request even for a cached page, which
 *   on two cores caps a cached page near 900 requests a second; search pages, rendered per
 *   request, are kept per search the same way (search-page-cache.ts).
 */
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
    void handle(req, res);
  }).listen(port);
}
