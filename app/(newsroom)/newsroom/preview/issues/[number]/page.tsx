import type { Metadata } from "next";
import { PreviewBanner } from "@/components/newsroom/preview-banner";
import { IssueContentsView } from "@/components/public/issue-contents-view";
import { getLocale } from "@/lib/i18n/get-locale";
import { loadIssuePreviewOr404 } from "@/lib/public/load-preview";
import { getPublicMasthead } from "@/lib/public/public-reads";

export const metadata: Metadata = { title: "预览" };

// An unpublished issue exactly as readers will see it, through the readers' own components.
export default async function IssuePreviewPage({ params }: { params: Promise<{ number: string }> }) {
  const [{ t, locale }, { issue, published }, masthead] = await Promise.all([
    getLocale(),
    loadIssuePreviewOr404((await params).number),
    getPublicMasthead(),
  ]);
  return (
    <div className="rounded bg-paper px-4 sm:px-6">
      <PreviewBanner published={published} />
      <IssueContentsView issue={issue} masthead={masthead} t={t} locale={locale} basePath="/newsroom/preview" />
    </div>
  );
}
