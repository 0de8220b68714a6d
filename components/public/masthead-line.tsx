import type { Masthead } from "@/lib/settings/publication-settings";

/** The masthead's compliance line: sponsor, issuing unit, licence, internal-material notice. */
export function MastheadLine({ masthead }: { masthead: Masthead }) {
  const parts = [
    masthead.sponsor && `主办：${masthead.sponsor}`,
    masthead.publisher && `出版：${masthead.publisher}`,
    masthead.licence && `准印证号：${masthead.licence}`,
    masthead.internal && "内部资料 免费交流",
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p lang="zh-CN" className="mt-1 flex flex-wrap gap-x-4 text-xs text-muted">
      {parts.map((part) => (
        <span key={String(part)}>{part}</span>
      ))}
    </p>
  );
}
