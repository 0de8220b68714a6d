import type { Messages } from "@/lib/i18n/messages";
import type { SectionGroup } from "@/lib/public/find-issue-view";
import type { ReaderPaths } from "@/lib/public/reader-paths";
import { ArticleTeaser } from "./article-teaser";
import { SectionHeading } from "./section-heading";

/** An issue's articles under their section headings (目录). */
export function IssueSections({
  sections,
  t,
  skipId,
  paths,
}: {
  sections: SectionGroup[];
  t: Messages;
  skipId?: string;
  paths: ReaderPaths;
}) {
  return (
    <>
      {sections.map((section) => {
        const articles = section.articles.filter((a) => a.id !== skipId);
        if (articles.length === 0) return null;
        return (
          <section key={section.slug} aria-labelledby={`section-${section.slug}`}>
            <SectionHeading id={`section-${section.slug}`}>{section.name}</SectionHeading>
            {articles.map((article) => (
              <ArticleTeaser key={article.id} article={article} t={t} paths={paths} />
            ))}
          </section>
        );
      })}
    </>
  );
}
