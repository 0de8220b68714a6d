import type { JSONContent } from "@tiptap/core";
import type { Database } from "@/lib/db";
import { renderArticleHtml } from "@/lib/editor/render-article-html";
import { shanghaiDate } from "@/lib/time/shanghai";
import { type BylineEntry, formatByline } from "./byline";
import { excerpt } from "./excerpt";
import { firstPhoto, type Photo } from "./first-photo";
import { inReadingOrder } from "./reading-order";
import type { ReadingScope } from "./scope";

export interface ArticleLink {
  id: string;
  headline: string;
}

export interface ArticleView {
  id: string;
  headline: string;
  subtitle: string;
  byline: string;
  /** Who is credited, in byline order, for structured data. */
  credits: BylineEntry[];
  html: string;
  /** The first photo, shared as og:image. */
  photo: Photo | null;
  description: string;
  charCount: number;
  publishedAt: string | null;
  section: { name: string; slug: string } | null;
  issue: { number: number; date: string };
  /** `date` is the Beijing calendar day of the correction, the date readers are shown. */
  corrections: { note: string; createdAt: string; date: string }[];
  previous: ArticleLink | null;
  next: ArticleLink | null;
}

const link = (sibling?: ArticleLink): ArticleLink | null =>
  sibling ? { id: sibling.id, headline: sibling.headline } : null;

/** One article as readers see it, with its neighbours in the issue for previous/next links. */
export async function findArticleView(
  db: Database,
  id: string,
  scope: ReadingScope,
): Promise<ArticleView | null> {
  const article = await db.article.findFirst({
    where: { AND: [scope.article, { id }] },
    include: {
      section: { select: { name: true, slug: true } },
      issue: { select: { id: true, number: true, date: true } },
      bylines: { orderBy: { position: "asc" }, include: { person: { select: { name: true } } } },
      corrections: { orderBy: { createdAt: "asc" }, select: { note: true, createdAt: true } },
    },
  });
  if (!article?.issue) return null;

  const siblings = inReadingOrder(
    await db.article.findMany({
      where: { AND: [scope.article, { issueId: article.issue.id }] },
      select: { id: true, headline: true, position: true, section: { select: { position: true } } },
    }),
  );
  const index = siblings.findIndex((s) => s.id === article.id);
  const credits = article.bylines.map((b) => ({ role: b.role, name: b.person.name }));
  return {
    id: article.id,
    headline: article.headline,
    subtitle: article.subtitle,
    byline: formatByline(credits),
    credits,
    html: renderArticleHtml(article.body as JSONContent),
    photo: firstPhoto(article.body),
    description: excerpt(article.plainText, 120),
    charCount: article.charCount,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    section: article.section,
    issue: { number: article.issue.number, date: article.issue.date },
    corrections: article.corrections.map((c) => ({
      note: c.note,
      createdAt: c.createdAt.toISOString(),
      date: shanghaiDate(c.createdAt),
    })),
    previous: link(siblings[index - 1]),
    next: link(siblings[index + 1]),
  };
}
