import { AppError } from "@/lib/errors/app-error";

/**
 * A request's body, read only up to `limit` bytes: a larger one (declared, or sent in chunks
 * with no length given) is refused as soon as it passes the limit, so a client can never make
 * the server hold more than `limit` bytes of it in memory.
 */
export async function readLimitedBody(
  request: Request,
  limit: number,
  tooLargeMessage: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop pulling and leave the stream alone: cancelling it would destroy Next's request, and
      // with it the connection, before the 413 could be sent. Unread, the client is held back
      // by TCP flow control, not buffered.
      reader.releaseLock();
      throw new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
