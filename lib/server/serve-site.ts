import { createServer } from "node:http";
import next from "next";
import { captureResponse, pageCache, pageCacheKey } from "@/lib/cache/page-cache";

/**
 * Serves the production build. Reader pages go through a micro-cache in front of Next: the
 * HTML of a reader page is kept for the public cache's TTL (and dropped at once by any
 * newsroom change), so a busy front page costs a memory lookup, not a render.
 */
export async function serveSite(port: number): Promise<void> {
  const app = next({ dev: false, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  createServer((req, res) => {
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
