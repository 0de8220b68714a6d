import { createServer } from "node:http";
import next from "next";
import { clientAddress, parseTrustedProxy } from "./client-address";

/**
 * Serves the production build. The one thing it adds to `next start` is the client's address:
 * Next only fills in X-Forwarded-For when the client left it out, so as received it is the
 * client's to choose. It is replaced by the address we can vouch for (TRUSTED_PROXY); the
 * sign-in limits key on it. Caching is Next's own (see lib/reader-cache).
 */
export async function serveSite(port: number): Promise<void> {
  const app = next({ dev: false, port });
  const handle = app.getRequestHandler();
  const trustedProxy = parseTrustedProxy(process.env.TRUSTED_PROXY);
  await app.prepare();
  createServer((req, res) => {
    req.headers["x-forwarded-for"] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxy);
    void handle(req, res);
  }).listen(port);
}
