import { CreditRole } from "@/lib/generated/prisma/enums";

export { CreditRole };
/** The roles a name can be credited with (the schema's enum), in the order a byline usually lists them. */
export const CREDIT_ROLES: readonly CreditRole[] = Object.values(CreditRole);

export const CREDIT_ROLE_LABELS: Record<CreditRole, string> = {
  REPORTER: "记者",
  CORRESPONDENT: "通讯员",
  PHOTOGRAPHER: "摄影",
  EDITOR: "编辑",
};
