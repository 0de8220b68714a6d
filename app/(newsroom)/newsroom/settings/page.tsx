import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewStagesForm } from "@/components/newsroom/review-stages-form";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { roleCan } from "@/lib/permissions/permissions";
import { getReviewStages } from "@/lib/settings/review-stages";

export const metadata: Metadata = { title: "出版设置" };

// 出版设置 (admins only).
export default async function SettingsPage() {
  const user = await requireUser("/newsroom/settings");
  if (!roleCan(user, "settings:manage")) notFound();
  const stages = await getReviewStages(db);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">出版设置</h1>
      <ReviewStagesForm current={stages} />
    </div>
  );
}
