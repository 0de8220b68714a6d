import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { publicFiles } from "./public-files";

const dir = mkdtempSync(path.join(tmpdir(), "public-"));
writeFileSync(path.join(dir, "icon.svg"), "<svg/>");
writeFileSync(path.join(dir, "notes.md"), "not a served type");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = publicFiles(dir);

function request(method: string, url: string, headers: Record<string, string> = {}) {
  const sent: { status?: number; headers: Record<string, string>; body?: Buffer } = { headers: {} };
  const res = {
    writeHead(status: number, flat: string[]) {
      sent.status = status;
      for (let i = 0; i < flat.length; i += 2) sent.headers[flat[i].toLowerCase()] = flat[i + 1];
      return res;
    },
    end(body?: Buffer) {
      sent.body = body;
    },
  };
  const answered = files.send(
    { method, url, headers } as unknown as IncomingMessage,
    res as unknown as ServerResponse,
  );
  return { answered, ...sent };
}

describe("public files", () => {
  it("sends a file in public/ with its type, an ETag and shared caching", () => {
    const sent = request("GET", "/icon.svg?v=1");
    expect(sent.answered).toBe(true);
    expect(sent.status).toBe(200);
    expect(sent.body?.toString()).toBe("<svg/>");
    expect(sent.headers["content-type"]).toBe("image/svg+xml");
    expect(sent.headers["cache-control"]).toBe("public, max-age=3600");
    expect(sent.headers["x-content-type-options"]).toBe("nosniff");
    const again = request("GET", "/icon.svg", { "if-none-match": sent.headers.etag });
    expect(again.status).toBe(304);
    expect(request("HEAD", "/icon.svg").body).toBeUndefined();
  });

  it("leaves everything else to Next: other names, other methods, other types, other folders", () => {
    for (const [method, url] of [
      ["GET", "/notes.md"],
      ["POST", "/icon.svg"],
      ["GET", "/../package.json"],
      ["GET", "/sub/icon.svg"],
      ["GET", "/"],
    ])
      expect(request(method, url).answered).toBe(false);
  });
});
