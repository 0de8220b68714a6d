import { z } from "zod";
import { ANCHOR_ID } from "@/lib/editor/comment-anchor";
import { textInput } from "@/lib/text/xml-safe-text";

export const addCommentSchema = z.object({
  articleId: z.string().min(1),
  body: textInput().trim().min(1, "批注内容不能为空。").max(2000, "批注不能超过 2000 字。"),
  /** The passage the comment is about, as it reads now (optional). */
  anchorText: textInput().trim().max(200, "批注的原文不能超过 200 字，请选择短一些的文字。").optional(),
  /** The id of the mark the editor put on that passage (optional). */
  anchorId: z.string().regex(ANCHOR_ID, "批注位置无效。").optional(),
  parentId: z.string().min(1).optional(),
});
