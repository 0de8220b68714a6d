import type { Metadata } from "next";
import Link from "next/link";
import { EmptyIssueNotice, PreviewBanner } from "@/components/newsroom/preview-banner";
import { IssueContentsView } from "@/components/public/issue-contents-view";
import { MESSAGES } from "@/lib/i18n/messages";
import { loadIssuePreviewOr404 } from "@/lib/public/load-preview";
import { PREVIEW_PATHS } from "@/lib/public/reader-paths";
import { getPublicMasthead } from "@/lib/public/public-reads";

export const metadata: Metadata = { title: "预览" };

// An unpublished issue exactly as readers will see it, through the readers' own components.
export default async function IssuePreviewPage({ params }: { params: Promise<{ number: string }> }) {
  const [{ number, issue, published }, masthead] = await Promise.all([
    loadIssuePreviewOr404((await params).number),
    getPublicMasthead(),
  ]);
  return (
    <div className="rounded bg-paper px-4 sm:px-6">
      <PreviewBanner published={published} />
      <p className="mb-2 text-center text-sm">
        <Link href={`/newsroom/preview/issues/${number}/front`} className="text-brand-dark underline">
          预览首页
        </Link>
        ：本期成为最新一期后的首页（头条在上）
      </p>
      {issue ? (
        <IssueContentsView
          issue={issue}
          masthead={masthead}
          t={MESSAGES["zh-CN"]}
          locale="zh-CN"
          paths={PREVIEW_PATHS}
        />
      ) : (
        <EmptyIssueNotice number={number} />
      )}
    </div>
  );
}
