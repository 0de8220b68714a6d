import "server-only";
import type { Database, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { detectImageType } from "./detect-image-type";
import { variantFileName } from "./image-variants";
import { resizeImage } from "./resize-image";
import { removeUploadFiles, writeUploadFile } from "./upload-storage";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface StoredImage {
  src: string;
  width: number;
  height: number;
}

/**
 * Checks an image by its bytes, makes its responsive copies and stores it for an article.
 * The caller has already checked that the user may edit the article. The original is kept
 * as it came, for the newsroom; readers are given the WebP copies.
 */
export async function storeImage(tx: Tx | Database, input: { articleId: string; ownerId: string; bytes: Uint8Array }): Promise<StoredImage> {
  const { bytes } = input;
  if (bytes.length === 0) throw new AppError("BAD_INPUT", "文件是空的。");
  if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError("BAD_INPUT", "图片不能超过 5 MB。");
  const mime = detectImageType(bytes);
  if (!mime) throw new AppError("BAD_INPUT", "只能上传 PNG、JPEG、WebP 或 GIF 图片。");
  const resized = await resizeImage(bytes);
  const upload = await tx.upload.create({
    data: { articleId: input.articleId, ownerId: input.ownerId, mime, size: bytes.length, width: resized.width, height: resized.height },
    select: { id: true },
  });
  const files = [{ name: upload.id, bytes }, ...resized.variants.map((v) => ({ name: variantFileName(upload.id, v.width), bytes: v.bytes }))];
  try {
    for (const file of files) await writeUploadFile(file.name, file.bytes);
  } catch (error) {
    // No row may point at missing files: the caller's write fails as a whole.
    await removeUploadFiles(files.map((f) => f.name));
    await tx.upload.delete({ where: { id: upload.id } });
    throw error;
  }
  return { src: `/api/uploads/${upload.id}`, width: resized.width, height: resized.height };
}
