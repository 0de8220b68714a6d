import Link from "next/link";
import { IssueDateline } from "@/components/public/issue-dateline";
import { IssueSections } from "@/components/public/issue-sections";
import { LeadStory } from "@/components/public/lead-story";
import type { Messages } from "@/lib/i18n/messages";
import type { ArticleSummary } from "@/lib/public/article-summary";
import type { IssueView } from "@/lib/public/find-issue-view";
import type { ReaderPaths } from "@/lib/public/reader-paths";

interface FrontPageViewProps {
  issue: IssueView;
  lead: ArticleSummary;
  t: Messages;
  paths: ReaderPaths;
  paper: string;
}

/**
 * 首页 of an issue: its lead story, 本期目录 in reading order, then its sections. The reading
 * site's front page (the latest issue) and an editor's preview of the front page an issue will make.
 */
export function FrontPageView({ issue, lead, t, paths, paper }: FrontPageViewProps) {
  return (
    <>
      <h1 className="sr-only">
        {paper} {t.issueNumber(issue.number)}
      </h1>
      <IssueDateline t={t} number={issue.number} date={issue.date} paths={paths} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <LeadStory article={lead} t={t} paths={paths} />
        <aside aria-labelledby="contents" className="border-rule py-6 lg:border-l lg:pl-8">
          <h2 id="contents" className="font-serif text-lg font-bold text-brand-dark">
            {t.contents}
          </h2>
          <ol className="mt-3 space-y-3">
            {issue.articles.map((article) => (
              <li key={article.id} className="border-b border-dashed border-rule pb-3 last:border-b-0">
                {article.section && (
                  <span className="mr-2 text-xs text-brand-dark">［{article.section.name}］</span>
                )}
                <Link
                  href={paths.article(article.id)}
                  className="font-serif leading-snug hover:text-brand-dark"
                >
                  {article.headline}
                </Link>
              </li>
            ))}
          </ol>
        </aside>
      </div>
      <IssueSections sections={issue.sections} t={t} skipId={lead.id} paths={paths} />
    </>
  );
}
