import "server-only";
import { createHash } from "node:crypto";
import JSZip from "jszip";
import mammoth from "mammoth";
import { AppError } from "@/lib/errors/app-error";

export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/**
 * What a document may hold once unzipped. mammoth reads the text part synchronously, on the
 * thread that serves everyone, and a tiny zip can unpack to gigabytes: a long feature's
 * document.xml is a few hundred kilobytes, so 2 MB is generous and bounds the work.
 */
const MAX_TEXT_PART_BYTES = 2 * 1024 * 1024;
const MAX_UNZIPPED_BYTES = 60 * 1024 * 1024;
/** Pictures taken over from one document; a picture used twice is converted once. */
export const MAX_DOCX_PICTURES = 30;

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
  if (bytes.length > MAX_DOCX_BYTES)
    throw new AppError("PAYLOAD_TOO_LARGE", "Word 文档不能超过 20 MB。图片较多时，请压缩图片后再导入。");
  if (startsWith(bytes, COMPOUND_FILE)) {
    // A password-protected .docx is no zip but an encrypted package inside a compound file.
    if (containsUtf16(bytes, "EncryptionInfo"))
      throw new AppError("BAD_INPUT", "该文档设有密码保护，无法读取。请在 Word 或 WPS 中取消密码后再导入。");
    throw new AppError(
      "BAD_INPUT",
      "这是旧版 Word（.doc）或 WPS（.wps）文件。请在 Word 或 WPS 中“另存为” .docx 格式后再导入。",
    );
  }
  if (!startsWith(bytes, ZIP))
    throw new AppError("BAD_INPUT", "只能导入 Word 文档（.docx）。该文件不是 Word 文档。");
}

/** The unpacked size of a zip entry, from its directory record: nothing is inflated to learn it. */
const unpackedSize = (file: JSZip.JSZipObject) =>
  (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;

const TEXT_TOO_LONG = "该 Word 文档的正文过长，不像一篇稿件。请拆分后分别导入。";
const UNPACKED_TOO_LARGE = "该 Word 文档解压后过大。图片较多时，请压缩图片后再导入。";

/**
 * Inflates a zip entry only as far as `limit` bytes and returns its size: the sizes a zip
 * records can lie, and an entry that claims 1 KB may inflate to gigabytes.
 */
function inflateWithin(file: JSZip.JSZipObject, limit: number, refusal: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = file.nodeStream("nodebuffer");
    stream
      .on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          reject(new AppError("PAYLOAD_TOO_LARGE", refusal));
        }
      })
      .on("error", () => reject(new AppError("BAD_INPUT", CORRUPT)))
      .on("end", () => resolve(size));
  });
}

const CORRUPT = "无法读取该 Word 文档，文件可能已损坏。请在 Word 或 WPS 中打开并重新保存为 .docx 后再试。";

/** Refuses a document that would unpack to more than a newspaper article can be, before reading it. */
async function checkUnpackedSize(buffer: Buffer): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw new AppError("BAD_INPUT", CORRUPT);
  }
  const files = Object.values(zip.files);
  const text = zip.file("word/document.xml");
  // The recorded sizes refuse an honest oversized file at once; inflating within the same limits
  // refuses one whose records lie, having unpacked no more than an honest file may.
  if (text && unpackedSize(text) > MAX_TEXT_PART_BYTES)
    throw new AppError("PAYLOAD_TOO_LARGE", TEXT_TOO_LONG);
  if (files.reduce((sum, file) => sum + unpackedSize(file), 0) > MAX_UNZIPPED_BYTES)
    throw new AppError("PAYLOAD_TOO_LARGE", UNPACKED_TOO_LARGE);
  let left = MAX_UNZIPPED_BYTES;
  for (const file of files) {
    if (file.dir) continue;
    left -=
      file === text
        ? await inflateWithin(file, Math.min(MAX_TEXT_PART_BYTES, left), TEXT_TOO_LONG)
        : await inflateWithin(file, left, UNPACKED_TOO_LARGE);
  }
}

/** A .docx as simple HTML (mammoth) and its pictures, read without writing anything. */
export async function convertDocx(bytes: Uint8Array): Promise<ConvertedDocx> {
  checkDocxBytes(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  await checkUnpackedSize(buffer);
  const images: DocxImage[] = [];
  const seen = new Map<string, number>();
  let tooMany = false;
  const convertImage = mammoth.images.imgElement(async (image) => {
    const picture = new Uint8Array(await image.readAsBuffer());
    const digest = createHash("sha256").update(picture).digest("hex");
    let index = seen.get(digest);
    if (index === undefined) {
      if (images.length >= MAX_DOCX_PICTURES) {
        tooMany = true;
        return { src: "" };
      }
      index = images.push({ bytes: picture, contentType: image.contentType }) - 1;
      seen.set(digest, index);
    }
    return { src: `docx-image:${index}` };
  });
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      // Never follow a document's links to files elsewhere on the server.
      { styleMap: STYLE_MAP, convertImage, externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    console.warn("docx refused:", error instanceof Error ? error.message : error);
    throw new AppError(
      "BAD_INPUT",
      "无法读取该 Word 文档，文件可能已损坏。请在 Word 或 WPS 中打开并重新保存为 .docx 后再试。",
    );
  }
  if (tooMany)
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `该 Word 文档的图片超过 ${MAX_DOCX_PICTURES} 张。请分成几篇导入，或导入后再插入其余图片。`,
    );
  return { html, images };
}
