/** Uploads an image for the article through the one upload endpoint; the server checks its type and size. */
export async function uploadImage(articleId: string, file: File): Promise<string> {
  const form = new FormData();
  form.set("file", file);
  form.set("articleId", articleId);
  const response = await fetch("/api/uploads", { method: "POST", body: form });
  const result = (await response.json().catch(() => ({}))) as { src?: string; error?: string };
  if (!response.ok || !result.src) throw new Error(result.error ?? "上传失败，请稍后再试。");
  return result.src;
}
