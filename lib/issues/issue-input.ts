import { z } from "zod";

export const issueDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "请选择出版日期。");

export const createIssueSchema = z.object({
  number: z.number({ message: "请填写期号。" }).int().min(1, "期号须为正整数。").max(99999),
  date: issueDateSchema,
});

/** `2026-11-26T08:00` or with seconds, as typed in Beijing time; stored as a UTC instant. */
export const shanghaiLocalTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "请选择发布时间。")
  .transform((local) => new Date(`${local.length === 16 ? `${local}:00` : local}+08:00`));
