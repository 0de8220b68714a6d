// Image upload from the editor: multipart form with `file` and `articleId`.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { jsonErrorResponse } from "@/lib/http/json-error-response";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/store-image";
import { storeUpload } from "@/lib/uploads/store-upload";

// Room for the multipart boundaries and the articleId field around the image itself.
const MAX_FORM_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "登录已失效，请重新登录。" }, { status: 401 });
  try {
    // Read with a limit before parsing: request.formData() would first take in the whole body.
    const body = await readLimitedBody(request, MAX_FORM_BYTES, "图片不能超过 5 MB。");
    const form = await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    })
      .formData()
      .catch(() => {
        throw new AppError("BAD_INPUT", "上传的表单无法识别，请重新选择图片。");
      });
    const file = form.get("file");
    const articleId = String(form.get("articleId") ?? "");
    if (!(file instanceof File)) throw new AppError("BAD_INPUT", "请选择要上传的图片。");
    const stored = await storeUpload(db, user, articleId, new Uint8Array(await file.arrayBuffer()));
    return NextResponse.json(stored, { status: 201 });
  } catch (thrown) {
    return jsonErrorResponse(thrown, "上传失败，请稍后再试。");
  }
}
