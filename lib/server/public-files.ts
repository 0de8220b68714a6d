import { readdirSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { generateETag } from "next/dist/server/lib/etag";
import { securityHeaders } from "@/lib/http/response-headers";

/**
 * The files in public/ (the favicon, the print button's script), read once at start and sent
 * from memory. Next sends them through its whole pipeline, a stat and a read per request: about
 * 900 requests a second for the icon every page links to, where a kept page goes at 15,000.
 * Only the files found at start are answered, by exact name, so no address reaches the disk.
 */
const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** Browsers may reuse a file for an hour, then revalidate (ETag): the names carry no version. */
const CACHE_CONTROL = "public, max-age=3600";

interface PublicFile {
  body: Buffer;
  headers: string[];
  etag: string;
}

export interface PublicFiles {
  /** Sends the file a GET or HEAD asks for; false for anything else. */
  send(req: IncomingMessage, res: ServerResponse): boolean;
}

export function publicFiles(dir: string): PublicFiles {
  const files = new Map<string, PublicFile>();
  const security = securityHeaders().flatMap(({ key, value }) => [key, value]);
  for (const name of readdirSync(dir)) {
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    const body = readFileSync(path.join(dir, name));
    const etag = generateETag(body.toString("latin1"));
    files.set(`/${name}`, {
      body,
      etag,
      headers: [...security, "Content-Type", type, "Cache-Control", CACHE_CONTROL, "ETag", etag],
    });
  }
  return {
    send(req, res) {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      const file = files.get((req.url ?? "").split("?")[0]);
      if (!file) return false;
      if (req.headers["if-none-match"] === file.etag) {
        res.writeHead(304, file.headers).end();
        return true;
      }
      res.writeHead(200, [...file.headers, "Content-Length", String(file.body.length)]);
      res.end(req.method === "HEAD" ? undefined : file.body);
      return true;
    },
  };
}
