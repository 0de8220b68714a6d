import { z } from "zod";
import { lineInput } from "@/lib/text/xml-safe-text";

export const HEADLINE_MAX = 80;
export const SUBTITLE_MAX = 160;

/** What the editor sends on every save. The body is checked against the schema separately. */
export const saveArticleSchema = z.object({
  id: z.string().min(1),
  /** The version the editor started from: a save from an older version is refused. */
  version: z.number().int().positive(),
  /**
   * The editor's id for this save, kept when it resends the save after getting no answer. A
   * retry of a save that did commit is then taken as the person's own, not as a conflict.
   */
  saveId: z.uuid().optional(),
  headline: lineInput().trim().max(HEADLINE_MAX, `标题不能超过 ${HEADLINE_MAX} 个字。`),
  subtitle: lineInput().trim().max(SUBTITLE_MAX, `副题不能超过 ${SUBTITLE_MAX} 个字。`),
  sectionId: z.string().min(1).nullable(),
  body: z.unknown(),
});

export type SaveArticleInput = z.infer<typeof saveArticleSchema>;
