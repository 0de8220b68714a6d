import { AppError } from "@/lib/errors/app-error";

/**
 * Decodes the archive file strictly (invalid UTF-8 is an error, never silently replaced) and
 * normalises what an editor or a transfer changes without changing the content: a byte-order
 * mark, CRLF or CR line endings, blank lines or spaces at the end. The import's idempotency
 * hash is taken of this text, so the same archive saved either way is recognised.
 */
export function readArchiveText(bytes: Uint8Array): string {
  let text: string;
  try {
    // ignoreBOM: false means the decoder drops a leading BOM.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError("MALFORMED_ARCHIVE", "文件不是有效的 UTF-8 文本，请用 UTF-8 编码重新导出。");
  }
  return text.replace(/\r\n?/g, "\n").trimEnd();
}
