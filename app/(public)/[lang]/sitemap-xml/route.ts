// Sitemap of public pages: the front page, the issue list, public issues and articles.
import { getPublicIssueNumbers, getRecentPublicArticles } from "@/lib/public/public-reads";
import { renderSitemap } from "@/lib/public/render-sitemap";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET() {
  const [numbers, articles] = await Promise.all([getPublicIssueNumbers(), getRecentPublicArticles(5000)]);
  const entries = [
    { path: "/", lastModified: null },
    { path: "/issues", lastModified: null },
    ...numbers.map((number) => ({ path: `/issues/${number}`, lastModified: null })),
    ...articles.map((a) => ({ path: `/articles/${a.id}`, lastModified: a.updatedAt })),
  ];
  return new Response(renderSitemap(siteUrl(), entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
