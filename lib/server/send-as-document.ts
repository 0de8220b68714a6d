import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { generateETag } from "next/dist/server/lib/etag";
import { withoutClientRuntime } from "@/lib/reader-cache/reader-document.cjs";
import { acceptsGzip } from "./send-cached-page";

/** What Next sent for a reader page, as the reader was sent it. */
export type SentDocument = { body: Buffer; status: number; contentType: string; hasCookie: boolean };

/** A page, or a withdrawn article's notice (lib/reader-cache/page-status.cjs). */
const DOCUMENT_STATUSES = new Set([200, 410]);

type Write = (chunk: unknown, ...rest: unknown[]) => boolean;
type End = (chunk?: unknown, ...rest: unknown[]) => ServerResponse;

function isChunk(chunk: unknown): chunk is string | Uint8Array {
  return typeof chunk === "string" || chunk instanceof Uint8Array;
}

/**
 * Lets Next render a search page (rendered per request: Next's page cache never holds it, so
 * the cache handler cannot make it a document), then sends it as the kept copy will be sent:
 * HTML without Next's client runtime (lib/reader-cache/reader-document.cjs), so the first reader
 * of a search gets the same document as every later one. The page is small and rendered whole,
 * so the response is collected and sent at once (gzip when the client accepts it; Next is asked
 * for the plain bytes). `onSent` sees what was sent, for the search-page cache.
 */
export function sendAsDocument(
  req: IncomingMessage,
  res: ServerResponse,
  onSent: (document: SentDocument) => void,
): void {
  if (req.method !== "GET") return;
  const gzip = acceptsGzip(req);
  delete req.headers["accept-encoding"];
  const chunks: Buffer[] = [];
  const end = res.end.bind(res) as End;
  const writeHead = res.writeHead.bind(res);
  // Headers wait for the whole page: its length and ETag change with the runtime taken out.
  // Next's compression layer sends them itself (writeHead) before passing the body on.
  res.flushHeaders = () => {};
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
    if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value as string);
    return res;
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (isChunk(chunk)) chunks.push(Buffer.from(chunk));
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    callback?.();
    return true;
  }) as Write as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (isChunk(chunk)) chunks.push(Buffer.from(chunk));
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    let body = Buffer.concat(chunks);
    const contentType = String(res.getHeader("content-type") ?? "");
    // Only pages rendered whole: Next draws a "not found" or error page in the browser, from its payload.
    if (contentType.startsWith("text/html") && DOCUMENT_STATUSES.has(res.statusCode))
      body = Buffer.from(withoutClientRuntime(body.toString("utf8")));
    onSent({ body, status: res.statusCode, contentType, hasCookie: res.hasHeader("set-cookie") });
    if (!res.headersSent) {
      res.removeHeader("transfer-encoding");
      // Next gives a page rendered per request no ETag; the kept copy has one, so this has it too.
      if (res.statusCode === 200 || res.hasHeader("etag"))
        res.setHeader("ETag", generateETag(body.toString("utf8")));
      const vary = String(res.getHeader("vary") ?? "");
      if (!/accept-encoding/i.test(vary))
        res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      if (gzip && body.length > 0) {
        body = gzipSync(body);
        res.setHeader("Content-Encoding", "gzip");
      }
      res.setHeader("Content-Length", body.length);
    }
    res.writeHead = writeHead;
    return end(body, callback);
  }) as End as typeof res.end;
}
