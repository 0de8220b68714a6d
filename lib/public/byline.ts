import { CREDIT_ROLE_LABELS, type CreditRole } from "@/lib/credits/credit-roles";

export interface BylineEntry {
  role: CreditRole;
  name: string;
}

/** `记者 鲁燕 通讯员 王飞 李钰沛`: names grouped under their role, in credit order. */
export function formatByline(entries: BylineEntry[]): string {
  const groups: { role: CreditRole; names: string[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last?.role === entry.role) last.names.push(entry.name);
    else groups.push({ role: entry.role, names: [entry.name] });
  }
  return groups.map((g) => `${CREDIT_ROLE_LABELS[g.role]} ${g.names.join(" ")}`).join(" ");
}
