import { stripXmlInvalid } from "@/lib/text/xml-safe-text";

/**
 * Escapes text for XML element content and attribute values. Characters XML cannot carry at
 * all (not even escaped) are dropped: input is cleaned where it enters, but one stored before
 * that, or arriving by a path not yet cleaned, must not make the whole feed unreadable.
 */
export function escapeXml(text: string): string {
  return stripXmlInvalid(text).replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!,
  );
}

export interface FeedItem {
  id: string;
  headline: string;
  subtitle: string;
  summary: string;
  publishedAt: Date | null;
  section: { name: string } | null;
  /** The credited names, in byline order. */
  creators: string[];
}

/** RSS 2.0 of the public articles, newest first, as the channel of the paper named `paper`. */
export function renderFeed(base: string, paper: string, items: FeedItem[]): string {
  const entries = items.map((item) => {
    const link = `${base}/articles/${item.id}`;
    const title = item.subtitle ? `${item.headline}——${item.subtitle}` : item.headline;
    return [
      "<item>",
      `<title>${escapeXml(title)}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
      item.publishedAt ? `<pubDate>${item.publishedAt.toUTCString()}</pubDate>` : "",
      // RSS's own <author> must be an e-mail address; Dublin Core's creator is the name.
      ...item.creators.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`),
      item.section ? `<category>${escapeXml(item.section.name)}</category>` : "",
      `<description>${escapeXml(item.summary)}</description>`,
      "</item>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
    `<title>${escapeXml(paper)}</title>`,
    `<link>${escapeXml(base)}/</link>`,
    `<atom:link href="${escapeXml(base)}/feed.xml" rel="self" type="application/rss+xml"/>`,
    "<description>郑州市中原区区域新闻</description>",
    "<language>zh-CN</language>",
    ...entries,
    "</channel></rss>",
  ].join("\n");
}
