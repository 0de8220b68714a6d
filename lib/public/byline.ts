import { CREDIT_ROLE_LABELS } from "@/lib/credits/credit-roles";

const ROLE_LABELS: Record<string, string> = CREDIT_ROLE_LABELS;

export interface BylineEntry {
  role: string;
  name: string;
}

/** `记者 鲁燕 通讯员 王飞 李钰沛`: names grouped under their role, in credit order. */
export function formatByline(entries: BylineEntry[]): string {
  const groups: { role: string; names: string[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last?.role === entry.role) last.names.push(entry.name);
    else groups.push({ role: entry.role, names: [entry.name] });
  }
  return groups.map((g) => `${ROLE_LABELS[g.role] ?? g.role} ${g.names.join(" ")}`).join(" ");
}
