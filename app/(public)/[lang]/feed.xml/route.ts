// RSS feed of what is public now; never a scheduled or unpublished article. Cached like the
// reader pages (rendered once per change, see lib/reader-cache); /feed.xml is the Chinese one.
import { getPublicMasthead, getRecentPublicArticles } from "@/lib/public/public-reads";
import { renderFeed } from "@/lib/public/render-feed";
import { siteUrl } from "@/lib/site-url";

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  // The feed carries Chinese content only: there is no English feed.
  if ((await params).lang !== "zh-CN") return new Response("Not found", { status: 404 });
  const [items, masthead] = await Promise.all([getRecentPublicArticles(50), getPublicMasthead()]);
  return new Response(renderFeed(siteUrl(), masthead.name, items), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
