import type { Prisma } from "@/lib/generated/prisma/client";
import { formatByline } from "./byline";
import { excerpt } from "./excerpt";
import { firstPhoto, type Photo } from "./first-photo";

/** The columns every list of articles needs. */
export const articleSummarySelect = {
  id: true,
  headline: true,
  subtitle: true,
  body: true,
  plainText: true,
  isLead: true,
  position: true,
  charCount: true,
  section: { select: { name: true, slug: true, position: true } },
  bylines: { orderBy: { position: "asc" }, select: { role: true, person: { select: { name: true } } } },
  _count: { select: { corrections: true } },
} satisfies Prisma.ArticleSelect;

type ArticleSummaryRow = Prisma.ArticleGetPayload<{ select: typeof articleSummarySelect }>;

export interface ArticleSummary {
  id: string;
  headline: string;
  subtitle: string;
  byline: string;
  excerpt: string;
  isLead: boolean;
  position: number;
  charCount: number;
  section: { name: string; slug: string; position: number } | null;
  corrected: boolean;
  /** The first photo of the text: shown with the lead story and shared as og:image. */
  photo: Photo | null;
}

export function toArticleSummary(row: ArticleSummaryRow): ArticleSummary {
  return {
    id: row.id,
    headline: row.headline,
    subtitle: row.subtitle,
    byline: formatByline(row.bylines.map((b) => ({ role: b.role, name: b.person.name }))),
    excerpt: excerpt(row.plainText),
    isLead: row.isLead,
    position: row.position,
    charCount: row.charCount,
    section: row.section,
    corrected: row._count.corrections > 0,
    photo: firstPhoto(row.body),
  };
}
