import { z } from "zod";
import { shanghaiLocalTime } from "@/lib/issues/issue-input";
import { lineInput, textInput } from "@/lib/text/xml-safe-text";
import { PITCH_DECISIONS } from "./pitch-decisions";

const id = z.string().min(1);
const optionalId = z.string().min(1).nullable();

export const TOPIC_MAX = 60;
export const REPORTERS_MAX = 4;
export const TARGET_CHARS_MIN = 100;
export const TARGET_CHARS_MAX = 20_000;

/** 提出选题: what anyone in the newsroom proposes. */
export const proposePitchSchema = z.object({
  topic: lineInput().trim().min(1, "请填写选题。").max(TOPIC_MAX, `选题不能超过 ${TOPIC_MAX} 个字。`),
  angle: textInput().trim().max(1000, "报道角度不能超过 1000 个字。"),
  sectionId: optionalId,
  suggestedReporterId: optionalId,
  photoNeeds: textInput().trim().max(200, "图片需求不能超过 200 个字。"),
  sources: textInput().trim().max(1000, "采访对象与线索不能超过 1000 个字。"),
});
export type ProposePitchInput = z.infer<typeof proposePitchSchema>;

/** An editor's decision on a pitch, with the reason (required to decline). */
export const decidePitchSchema = z.object({
  pitchId: id,
  decision: z.enum(PITCH_DECISIONS, { message: "未知的操作。" }),
  note: textInput().trim().max(500, "理由不能超过 500 个字。"),
});
export type DecidePitchInput = z.infer<typeof decidePitchSchema>;

/** 派稿: who writes it, by when (Beijing time), how long, for which issue and 栏目. */
export const saveAssignmentSchema = z.object({
  pitchId: id,
  reporterIds: z
    .array(id)
    .min(1, "请至少选择一名记者。")
    .max(REPORTERS_MAX, `记者不能超过 ${REPORTERS_MAX} 人。`),
  photographerId: optionalId,
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "请选择截稿时间。")
    .pipe(shanghaiLocalTime)
    .refine((deadline) => !Number.isNaN(deadline.getTime()), "截稿时间无效。"),
  targetChars: z
    .number({ message: "请填写目标字数。" })
    .int("目标字数须为整数。")
    .min(TARGET_CHARS_MIN, `目标字数不能少于 ${TARGET_CHARS_MIN} 字。`)
    .max(TARGET_CHARS_MAX, `目标字数不能超过 ${TARGET_CHARS_MAX} 字。`),
  issueNumber: z.number().int().positive().nullable(),
  sectionId: optionalId,
});
export type SaveAssignmentInput = z.infer<typeof saveAssignmentSchema>;
