import type { Metadata } from "next";
import { PreviewBanner } from "@/components/newsroom/preview-banner";
import { ArticlePageView } from "@/components/public/article-page-view";
import { getLocale } from "@/lib/i18n/get-locale";
import { loadArticlePreviewOr404 } from "@/lib/public/load-preview";

export const metadata: Metadata = { title: "预览" };

// An article of an unpublished issue as readers will see it.
export default async function ArticlePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ t, locale }, article] = await Promise.all([getLocale(), loadArticlePreviewOr404((await params).id)]);
  return (
    <div className="rounded bg-paper px-4 sm:px-6">
      <PreviewBanner published={false} />
      <ArticlePageView article={article} t={t} locale={locale} basePath="/newsroom/preview" />
    </div>
  );
}
