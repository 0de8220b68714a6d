import type { Metadata } from "next";
import { FlaggedTermsForm } from "@/components/newsroom/flagged-terms-form";
import { MastheadForm } from "@/components/newsroom/masthead-form";
import { ReviewStagesForm } from "@/components/newsroom/review-stages-form";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/permissions/require-permission";
import { getFlaggedTerms, getMasthead } from "@/lib/settings/publication-settings";
import { getReviewStages } from "@/lib/settings/review-stages";

export const metadata: Metadata = { title: "出版设置" };

// 出版设置 (admins only).
export default async function SettingsPage() {
  const user = await requirePermission("/newsroom/settings", "settings:manage");
  const [stages, masthead, terms] = await Promise.all([
    getReviewStages(db),
    getMasthead(db),
    getFlaggedTerms(db, user),
  ]);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">出版设置</h1>
      <ReviewStagesForm current={stages} />
      <MastheadForm masthead={masthead} />
      <FlaggedTermsForm text={terms.map((t) => [t.term, t.replacement, t.note].join(" | ")).join("\n")} />
    </div>
  );
}
