/** The roles a name can be credited with, in the order a byline usually lists them. */
export const CREDIT_ROLES = ["REPORTER", "CORRESPONDENT", "PHOTOGRAPHER", "EDITOR"] as const;
export type CreditRole = (typeof CREDIT_ROLES)[number];

export const CREDIT_ROLE_LABELS: Record<CreditRole, string> = {
  REPORTER: "记者",
  CORRESPONDENT: "通讯员",
  PHOTOGRAPHER: "摄影",
  EDITOR: "编辑",
};
