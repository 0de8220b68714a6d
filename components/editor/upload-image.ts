/** An uploaded image: its address and its size in pixels (0 when the server could not tell). */
export interface UploadedImage {
  src: string;
  width: number;
  height: number;
}

/** Uploads an image for the article through the one upload endpoint; the server checks its type and size. */
export async function uploadImage(articleId: string, file: File): Promise<UploadedImage> {
  const form = new FormData();
  form.set("file", file);
  form.set("articleId", articleId);
  const response = await fetch("/api/uploads", { method: "POST", body: form });
  const result = (await response.json().catch(() => ({}))) as Partial<UploadedImage> & { error?: string };
  if (!response.ok || !result.src) throw new Error(result.error ?? "上传失败，请稍后再试。");
  return { src: result.src, width: result.width ?? 0, height: result.height ?? 0 };
}
