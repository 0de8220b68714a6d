// Sitemap of public pages: the front page, the issue list, public issues and articles. Cached
// like the reader pages (see lib/reader-cache); /sitemap.xml is the Chinese one (see next.config.ts).
import { getPublicIssueNumbers, getRecentPublicArticles } from "@/lib/public/public-reads";
import { readerPaths } from "@/lib/public/reader-paths";
import { renderSitemap } from "@/lib/public/render-sitemap";
import { siteUrl } from "@/lib/site-url";

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  if ((await params).lang !== "zh-CN") return new Response("Not found", { status: 404 });
  const paths = readerPaths("zh-CN");
  const [numbers, articles] = await Promise.all([getPublicIssueNumbers(), getRecentPublicArticles(5000)]);
  const entries = [
    { path: paths.home, lastModified: null },
    { path: paths.issues, lastModified: null },
    ...numbers.map((number) => ({ path: paths.issue(number), lastModified: null })),
    ...articles.map((a) => ({ path: paths.article(a.id), lastModified: a.updatedAt })),
  ];
  return new Response(renderSitemap(siteUrl(), entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
