import { z } from "zod";
import { textInput } from "@/lib/text/xml-safe-text";

export const addCommentSchema = z.object({
  articleId: z.string().min(1),
  body: textInput().trim().min(1, "批注内容不能为空。").max(2000, "批注不能超过 2000 字。"),
  /** The passage the comment is about, quoted from the text (optional). */
  anchorText: textInput().trim().max(200, "引用的原文不能超过 200 字。").optional(),
  parentId: z.string().min(1).optional(),
});
