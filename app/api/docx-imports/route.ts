// 导入 Word 文档: a .docx (multipart `file`) becomes a new draft of the signed-in writer's.
import { NextResponse } from "next/server";
import { importDocxArticle } from "@/lib/articles/import-docx-article";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { MAX_DOCX_BYTES } from "@/lib/docx/convert-docx";
import { AppError } from "@/lib/errors/app-error";
import { jsonErrorResponse } from "@/lib/http/json-error-response";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { systemClock } from "@/lib/time/clock";

// Room for the multipart boundaries around the document itself.
const MAX_FORM_BYTES = MAX_DOCX_BYTES + 64 * 1024;
const TOO_LARGE = "Word 文档不能超过 20 MB。图片较多时，请压缩图片后再导入。";

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "登录已失效，请重新登录。" }, { status: 401 });
  try {
    // Read with a limit before parsing: request.formData() would first take in the whole body.
    const body = await readLimitedBody(request, MAX_FORM_BYTES, TOO_LARGE);
    const form = await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    })
      .formData()
      .catch(() => {
        throw new AppError("BAD_INPUT", "上传的表单无法识别，请重新选择文件。");
      });
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("BAD_INPUT", "请选择要导入的 Word 文档。");
    const imported = await importDocxArticle(
      db,
      user,
      { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      systemClock,
    );
    return NextResponse.json(imported, { status: 201 });
  } catch (thrown) {
    return jsonErrorResponse(thrown, "导入失败，请稍后再试。");
  }
}
