import type { Tx } from "@/lib/db";
import { DEFAULT_SECTIONS } from "./default-sections";

/** Creates the standing sections that are missing; returns every section id by name. */
export async function ensureDefaultSections(tx: Tx): Promise<Map<string, string>> {
  for (const [position, section] of DEFAULT_SECTIONS.entries()) {
    await tx.section.upsert({ where: { name: section.name }, update: {}, create: { ...section, position } });
  }
  const sections = await tx.section.findMany({ select: { id: true, name: true } });
  return new Map(sections.map((s) => [s.name, s.id]));
}
