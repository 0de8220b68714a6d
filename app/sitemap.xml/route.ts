// Sitemap of public pages: the front page, the issue list, public issues and articles.
import { getPublicIssueYears, getRecentPublicArticles } from "@/lib/public/public-reads";
import { renderSitemap } from "@/lib/public/render-sitemap";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET() {
  const [years, articles] = await Promise.all([getPublicIssueYears(), getRecentPublicArticles(5000)]);
  const entries = [
    { path: "/", lastModified: null },
    { path: "/issues", lastModified: null },
    ...years.flatMap((y) => y.issues.map((issue) => ({ path: `/issues/${issue.number}`, lastModified: null }))),
    ...articles.map((a) => ({ path: `/articles/${a.id}`, lastModified: a.updatedAt })),
  ];
  return new Response(renderSitemap(siteUrl(), entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
