import type { Metadata } from "next";
import { PreviewBanner } from "@/components/newsroom/preview-banner";
import { ArticlePageView } from "@/components/public/article-page-view";
import { MESSAGES } from "@/lib/i18n/messages";
import { loadArticlePreviewOr404 } from "@/lib/public/load-preview";
import { getPublicMasthead } from "@/lib/public/public-reads";
import { PREVIEW_PATHS } from "@/lib/public/reader-paths";

export const metadata: Metadata = { title: "预览" };

// An article of an unpublished issue as readers will see it.
export default async function ArticlePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const [article, masthead] = await Promise.all([
    loadArticlePreviewOr404((await params).id),
    getPublicMasthead(),
  ]);
  return (
    <div className="rounded bg-paper px-4 sm:px-6">
      <PreviewBanner published={false} />
      <ArticlePageView
        article={article}
        t={MESSAGES["zh-CN"]}
        locale="zh-CN"
        paths={PREVIEW_PATHS}
        paper={masthead.name}
      />
    </div>
  );
}
