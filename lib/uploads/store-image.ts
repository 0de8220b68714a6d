import "server-only";
import type { Database, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { detectImageType } from "./detect-image-type";
import { variantFileName } from "./image-variants";
import { type ResizedImage, resizeImage } from "./resize-image";
import { uploadStorage } from "./upload-storage";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface StoredImage {
  src: string;
  width: number;
  height: number;
}

/** An image checked by its bytes, with its responsive copies made: ready to store. */
export interface PreparedImage {
  bytes: Uint8Array;
  mime: string;
  resized: ResizedImage;
}

/**
 * Checks an image and makes its copies. This is the slow part (decoding, resizing), kept apart
 * from storing so that a caller holding a database transaction does it before opening one.
 */
export async function prepareImage(bytes: Uint8Array): Promise<PreparedImage> {
  if (bytes.length === 0) throw new AppError("BAD_INPUT", "文件是空的。");
  if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError("BAD_INPUT", "图片不能超过 5 MB。");
  const mime = detectImageType(bytes);
  if (!mime) throw new AppError("BAD_INPUT", "只能上传 PNG、JPEG、WebP 或 GIF 图片。");
  return { bytes, mime, resized: await resizeImage(bytes) };
}

/**
 * Stores a prepared image for an article: its row and its files. The caller has already checked
 * that the user may edit the article. The original is kept as it came, for the newsroom; readers
 * are given the WebP copies.
 */
export async function savePreparedImage(
  tx: Tx | Database,
  input: { articleId: string; ownerId: string },
  prepared: PreparedImage,
): Promise<StoredImage> {
  const { bytes, mime, resized } = prepared;
  const upload = await tx.upload.create({
    data: {
      articleId: input.articleId,
      ownerId: input.ownerId,
      mime,
      size: bytes.length,
      width: resized.width,
      height: resized.height,
    },
    select: { id: true },
  });
  const files = [
    { name: upload.id, bytes },
    ...resized.variants.map((v) => ({ name: variantFileName(upload.id, v.width), bytes: v.bytes })),
  ];
  const storage = uploadStorage();
  try {
    for (const file of files) await storage.write(file.name, file.bytes);
  } catch (error) {
    // No row may point at missing files: the caller's write fails as a whole.
    await storage.remove(files.map((f) => f.name));
    await tx.upload.delete({ where: { id: upload.id } });
    throw error;
  }
  return { src: `/api/uploads/${upload.id}`, width: resized.width, height: resized.height };
}

/** Checks, resizes and stores an uploaded image for an article. */
export async function storeImage(
  tx: Tx | Database,
  input: { articleId: string; ownerId: string; bytes: Uint8Array },
): Promise<StoredImage> {
  return savePreparedImage(tx, input, await prepareImage(input.bytes));
}
