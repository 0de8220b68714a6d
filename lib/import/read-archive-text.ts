import { AppError } from "@/lib/errors/app-error";

/** Decodes the archive file strictly: invalid UTF-8 is an error, never silently replaced. */
export function readArchiveText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError("MALFORMED_ARCHIVE", "文件不是有效的 UTF-8 文本，请用 UTF-8 编码重新导出。");
  }
  return text.replace(/\r\n?/g, "\n");
}
