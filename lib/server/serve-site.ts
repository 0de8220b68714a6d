import { createServer } from "node:http";
import next from "next";
import { captureResponse, pageCache, pageCacheKey } from "@/lib/cache/page-cache";
import { clientAddress, parseTrustedProxy } from "./client-address";

/**
 * Serves the production build. Reader pages go through a micro-cache in front of Next: the
 * HTML of a reader page is kept for the public cache's TTL (and dropped at once by any
 * newsroom change), so a busy front page costs a memory lookup, not a render.
 */
export async function serveSite(port: number): Promise<void> {
  const app = next({ dev: false, port });
  const handle = app.getRequestHandler();
  const trustedProxy = parseTrustedProxy(process.env.TRUSTED_PROXY);
  await app.prepare();
  createServer((req, res) => {
    // Next only fills in X-Forwarded-For when the client left it out, so as received it is the
    // client's to choose. Replaced by the address we can vouch for; the sign-in limits key on it.
    req.headers["x-forwarded-for"] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxy);
    const key = pageCacheKey(req);
    const cached = key ? pageCache.get(key) : undefined;
    if (cached) {
      res.writeHead(cached.status, { ...cached.headers, "x-page-cache": "hit" });
      res.end(cached.body);
      return;
    }
    if (key) {
      res.setHeader("x-page-cache", "miss");
      captureResponse(res, (page) => pageCache.set(key, page));
    }
    void handle(req, res);
  }).listen(port, () => console.log(`中原区报 ready on http://localhost:${port}`));
}
