import type { SessionUser } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Action, roleCan } from "./permissions";

export interface ArticleAccessFacts {
  authorId: string | null;
  status: string;
}

const REPORTER_EDITABLE = new Set(["DRAFT", "CHANGES_REQUESTED"]);
/** What an editor may copy-edit in someone else's article. */
const EDITOR_EDITABLE = new Set(["SUBMITTED"]);
const EDITORIAL = new Set(["EDITOR", "CHIEF_EDITOR"]);

/** Can the user see this article in the newsroom at all? Someone else's draft is private. */
function canView(user: SessionUser, article: ArticleAccessFacts, own: boolean): boolean {
  if (own || user.role === "ADMIN") return true;
  return EDITORIAL.has(user.role) && article.status !== "DRAFT";
}

/**
 * The one answer to "may this user do this to this article, in this state, owned by whom?".
 * Every action, route and page asks it (or its where-clause twin below) before anything else.
 */
export function canOnArticle(user: SessionUser | null, action: Action, article: ArticleAccessFacts): boolean {
  if (!user || !roleCan(user, action)) return false;
  const own = article.authorId === user.id;
  if (!canView(user, article, own)) return false;
  switch (action) {
    case "article:view":
    case "article:history":
      return true;
    case "article:edit":
    case "article:restore":
      return (
        (own && REPORTER_EDITABLE.has(article.status)) ||
        (EDITORIAL.has(user.role) && EDITOR_EDITABLE.has(article.status))
      );
    case "article:submit":
      return own && REPORTER_EDITABLE.has(article.status);
    case "article:withdraw":
      return own && article.status === "SUBMITTED";
    case "article:comment":
      return own || EDITORIAL.has(user.role);
    default:
      return EDITORIAL.has(user.role);
  }
}

/** The newsroom articles a user may see, as a query filter matching canOnArticle's view rule. */
export function visibleArticlesWhere(user: SessionUser): Prisma.ArticleWhereInput {
  if (user.role === "ADMIN") return {};
  if (EDITORIAL.has(user.role)) return { OR: [{ authorId: user.id }, { status: { not: "DRAFT" } }] };
  return { authorId: user.id };
}
