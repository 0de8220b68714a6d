import type { Metadata } from "next";
import Link from "next/link";
import { EmptyIssueNotice, PreviewBanner } from "@/components/newsroom/preview-banner";
import { FrontPageView } from "@/components/public/front-page-view";
import { MESSAGES } from "@/lib/i18n/messages";
import { loadIssuePreviewOr404 } from "@/lib/public/load-preview";
import { getPublicMasthead } from "@/lib/public/public-reads";
import { PREVIEW_PATHS } from "@/lib/public/reader-paths";

export const metadata: Metadata = { title: "预览首页" };

// The front page an issue will make once it is the latest published one: its lead story on top.
export default async function FrontPagePreviewPage({ params }: { params: Promise<{ number: string }> }) {
  const [{ number, issue, published }, masthead] = await Promise.all([
    loadIssuePreviewOr404((await params).number, "front"),
    getPublicMasthead(),
  ]);
  return (
    <div className="rounded bg-paper px-4 sm:px-6">
      <PreviewBanner published={published} />
      <p className="mb-2 text-center text-sm">
        首页预览：本期成为最新一期后读者在首页看到的样子 ·{" "}
        <Link href={PREVIEW_PATHS.issue(number)} className="text-brand-dark underline">
          本期目录预览
        </Link>
      </p>
      {issue?.lead ? (
        <FrontPageView
          issue={issue}
          lead={issue.lead}
          t={MESSAGES["zh-CN"]}
          paths={PREVIEW_PATHS}
          paper={masthead.name}
        />
      ) : (
        <EmptyIssueNotice number={number} />
      )}
    </div>
  );
}
