import type { Prisma } from "@/lib/generated/prisma/client";
import { publicArticleWhere, publicIssueWhere } from "@/lib/issues/visibility";

/**
 * Which issues and articles a reading view may show. Readers get the public scope; an
 * editor's preview (later) gets a wider one, rendered by the same components.
 */
export interface ReadingScope {
  issue: Prisma.IssueWhereInput;
  article: Prisma.ArticleWhereInput;
}

export function publicScope(now: Date): ReadingScope {
  return { issue: publicIssueWhere(now), article: publicArticleWhere(now) };
}
