/**
 * Record rules as data. One rule answers two questions that must never disagree: "may this
 * user do this to this loaded record?" (`matches`) and "which records may they do it to?" (a
 * Prisma where clause, `toWhere`). Both are read off the same rule, leaf by leaf, and every
 * leaf treats a missing value (SQL NULL) the way SQL does: it matches nothing.
 * lib/permissions/policy-agreement.test.ts checks the two against a real database.
 */
export type Rule =
  | { readonly all: readonly Rule[] }
  | { readonly any: readonly Rule[] }
  /** The field is one of the values. */
  | { readonly field: string; readonly in: readonly string[] }
  /** The field is set and is none of the values. */
  | { readonly field: string; readonly notIn: readonly string[] }
  /** The field holds the signed-in user's id (nobody's, for an anonymous reader). */
  | { readonly field: string; readonly isUser: true }
  /** The field is a moment at or before now. */
  | { readonly field: string; readonly notAfterNow: true }
  /** The related record exists and matches the rule. */
  | { readonly relation: string; readonly where: Rule };

export interface RuleContext {
  user: { id: string } | null;
  /** Needed only by rules about time (what readers may see). */
  now?: Date;
}

/** A where clause no record satisfies (Prisma: an empty OR). */
export const NOTHING = { OR: [] } as const;

export const all = (...rules: Rule[]): Rule => ({ all: rules });
export const any = (...rules: Rule[]): Rule => ({ any: rules });

function nowOf(ctx: RuleContext): Date {
  if (!ctx.now) throw new Error("This access rule depends on the time: pass `now`.");
  return ctx.now;
}

/** A rule must not be asked about a field its caller did not load: that would answer "no" silently. */
function valueOf(record: Readonly<Record<string, unknown>>, key: string): unknown {
  const value = record[key];
  if (value === undefined) throw new Error(`The access rule needs "${key}", which was not loaded.`);
  return value;
}

/** Whether a loaded record satisfies the rule. */
export function matches(rule: Rule, record: Readonly<Record<string, unknown>>, ctx: RuleContext): boolean {
  if ("all" in rule) return rule.all.every((r) => matches(r, record, ctx));
  if ("any" in rule) return rule.any.some((r) => matches(r, record, ctx));
  if ("relation" in rule) {
    const related = valueOf(record, rule.relation);
    return related !== null && matches(rule.where, related as Record<string, unknown>, ctx);
  }
  const value = valueOf(record, rule.field);
  if ("in" in rule) return typeof value === "string" && rule.in.includes(value);
  if ("notIn" in rule) return typeof value === "string" && !rule.notIn.includes(value);
  if ("isUser" in rule) return ctx.user !== null && value === ctx.user.id;
  return value instanceof Date && value.getTime() <= nowOf(ctx).getTime();
}

/** The same rule as a Prisma where clause (for any model whose fields the rule names). */
export function toWhere(rule: Rule, ctx: RuleContext): Record<string, unknown> {
  if ("all" in rule) {
    const parts = rule.all.map((r) => toWhere(r, ctx));
    return parts.length === 1 ? parts[0] : { AND: parts };
  }
  if ("any" in rule) {
    const parts = rule.any.map((r) => toWhere(r, ctx));
    return parts.length === 1 ? parts[0] : { OR: parts };
  }
  if ("relation" in rule) return { [rule.relation]: { is: toWhere(rule.where, ctx) } };
  if ("in" in rule) return { [rule.field]: { in: [...rule.in] } };
  if ("notIn" in rule) return { [rule.field]: { notIn: [...rule.notIn] } };
  if ("isUser" in rule) return ctx.user ? { [rule.field]: ctx.user.id } : NOTHING;
  return { [rule.field]: { lte: nowOf(ctx) } };
}
