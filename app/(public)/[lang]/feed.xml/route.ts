// RSS feed of what is public now; never a scheduled or unpublished article.
import { getRecentPublicArticles } from "@/lib/public/public-reads";
import { renderFeed } from "@/lib/public/render-feed";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET() {
  const items = await getRecentPublicArticles(50);
  return new Response(renderFeed(siteUrl(), items), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
