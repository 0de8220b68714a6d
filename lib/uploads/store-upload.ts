import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { loadArticleFor } from "@/lib/articles/load-article-for";
import { AppError } from "@/lib/errors/app-error";
import { detectImageType } from "./detect-image-type";
import { writeUploadFile } from "./upload-storage";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Stores an image for an article the user may edit; checked by content, limited in size. */
export async function storeUpload(db: Database, user: SessionUser, articleId: string, bytes: Uint8Array): Promise<{ src: string }> {
  await loadArticleFor(db, user, articleId, "article:edit");
  if (bytes.length === 0) throw new AppError("BAD_INPUT", "文件是空的。");
  if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError("BAD_INPUT", "图片不能超过 5 MB。");
  const mime = detectImageType(bytes);
  if (!mime) throw new AppError("BAD_INPUT", "只能上传 PNG、JPEG、WebP 或 GIF 图片。");
  const upload = await db.upload.create({ data: { articleId, ownerId: user.id, mime, size: bytes.length }, select: { id: true } });
  try {
    await writeUploadFile(upload.id, bytes);
  } catch (error) {
    await db.upload.delete({ where: { id: upload.id } });
    throw error;
  }
  return { src: `/api/uploads/${upload.id}` };
}
