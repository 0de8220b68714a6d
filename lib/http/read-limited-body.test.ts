import { describe, expect, it } from "vitest";
import { readLimitedBody } from "./read-limited-body";

const MB = 1024 * 1024;

/** A chunked request body that would go on for `total` bytes, counting what was pulled. */
function chunkedRequest(total: number, chunk = 64 * 1024) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      pulled += chunk;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
  // No content-length: the client streams with Transfer-Encoding: chunked.
  const request = new Request("http://localhost/api/uploads", {
    method: "POST",
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("readLimitedBody", () => {
  it("reads a body within the limit", async () => {
    const { request } = chunkedRequest(MB);
    expect((await readLimitedBody(request, 5 * MB, "太大")).byteLength).toBe(MB);
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const upload = chunkedRequest(300 * MB);
    await expect(readLimitedBody(upload.request, 5 * MB, "图片不能超过 5 MB。")).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      status: 413,
      message: "图片不能超过 5 MB。",
    });
    expect(upload.pulled()).toBeLessThan(6 * MB);
  });

  it("refuses a declared length over the limit without reading", async () => {
    const request = new Request("http://localhost/x", {
      method: "POST",
      body: "x",
      headers: { "content-length": String(6 * MB) },
    });
    await expect(readLimitedBody(request, 5 * MB, "太大")).rejects.toMatchObject({ status: 413 });
  });
});
