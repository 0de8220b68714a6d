import { z } from "zod";
import { lineInput } from "@/lib/text/xml-safe-text";
import { CREDIT_ROLES } from "./credit-roles";

export const CREDITS_MAX = 20;
export const CREDIT_NAME_MAX = 20;

/**
 * One credit as the editor sends it: an existing person (already credited), a newsroom
 * account (picked from the list), or a typed name. Exactly one of the three says who.
 */
const creditSchema = z
  .object({
    role: z.enum(CREDIT_ROLES, { message: "署名身份无效。" }),
    personId: z.string().min(1).optional(),
    userId: z.string().min(1).optional(),
    name: lineInput().trim().max(CREDIT_NAME_MAX, `署名姓名不能超过 ${CREDIT_NAME_MAX} 个字。`).optional(),
  })
  .refine((c) => [c.personId, c.userId, c.name].filter(Boolean).length === 1, {
    message: "每条署名需要一个姓名。",
  });

/** The whole credit list of an article, in byline order; saving replaces the stored list. */
export const saveCreditsSchema = z.object({
  articleId: z.string().min(1),
  credits: z.array(creditSchema).max(CREDITS_MAX, `署名不能超过 ${CREDITS_MAX} 人。`),
});

export type CreditInput = z.infer<typeof creditSchema>;
export type SaveCreditsInput = z.infer<typeof saveCreditsSchema>;
