import "server-only";
import mammoth from "mammoth";
import { AppError } from "@/lib/errors/app-error";

export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

/** Word styles that carry meaning for an article, marked so docx-html-to-blocks.ts can find them. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='标题'] => h1.doc-title:fresh",
  "p[style-name='Subtitle'] => p.doc-subtitle:fresh",
  "p[style-name='副标题'] => p.doc-subtitle:fresh",
  "p[style-name='caption'] => p.doc-caption:fresh",
  "p[style-name='Caption'] => p.doc-caption:fresh",
  "p[style-name='题注'] => p.doc-caption:fresh",
];

export interface DocxImage {
  bytes: Uint8Array;
  contentType: string;
}

export interface ConvertedDocx {
  html: string;
  /** The pictures, in document order; the HTML points at them as `docx-image:<index>`. */
  images: DocxImage[];
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound-file container of .doc/.wps files, and of Office's password-protected documents. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(Buffer.from(text, "utf16le"));
}

/** Refuses, with the reason in words a reporter can act on, what is not a readable .docx. */
function checkDocxBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new AppError("BAD_INPUT", "文件是空的。");
  if (bytes.length > MAX_DOCX_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Word 文档不能超过 20 MB。图片较多时，请压缩图片后再导入。");
  if (startsWith(bytes, COMPOUND_FILE)) {
    // A password-protected .docx is no zip but an encrypted package inside a compound file.
    if (containsUtf16(bytes, "EncryptionInfo")) throw new AppError("BAD_INPUT", "该文档设有密码保护，无法读取。请在 Word 或 WPS 中取消密码后再导入。");
    throw new AppError("BAD_INPUT", "这是旧版 Word（.doc）或 WPS（.wps）文件。请在 Word 或 WPS 中“另存为” .docx 格式后再导入。");
  }
  if (!startsWith(bytes, ZIP)) throw new AppError("BAD_INPUT", "只能导入 Word 文档（.docx）。该文件不是 Word 文档。");
}

/** A .docx as simple HTML (mammoth) and its pictures, read without writing anything. */
export async function convertDocx(bytes: Uint8Array): Promise<ConvertedDocx> {
  checkDocxBytes(bytes);
  const images: DocxImage[] = [];
  const convertImage = mammoth.images.imgElement(async (image) => {
    images.push({ bytes: new Uint8Array(await image.readAsBuffer()), contentType: image.contentType });
    return { src: `docx-image:${images.length - 1}` };
  });
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) },
      // Never follow a document's links to files elsewhere on the server.
      { styleMap: STYLE_MAP, convertImage, externalFileAccess: false },
    );
    return { html: result.value, images };
  } catch (error) {
    console.warn("docx refused:", error instanceof Error ? error.message : error);
    throw new AppError("BAD_INPUT", "无法读取该 Word 文档，文件可能已损坏。请在 Word 或 WPS 中打开并重新保存为 .docx 后再试。");
  }
}
