import Link from "next/link";
import { formatIssueDate } from "@/lib/i18n/format-issue-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { IssueView } from "@/lib/public/find-issue-view";
import type { ReaderPaths } from "@/lib/public/reader-paths";
import type { Masthead } from "@/lib/settings/publication-settings";
import { IssueSections } from "./issue-sections";
import { MastheadLine } from "./masthead-line";
import { PhotoFigure } from "./photo-figure";

interface IssueContentsViewProps {
  issue: IssueView;
  masthead: Masthead;
  t: Messages;
  locale: Locale;
  paths: ReaderPaths;
}

/** 目录: an issue's heading and its articles by section, for readers and for previews alike. */
export function IssueContentsView({ issue, masthead, t, locale, paths }: IssueContentsViewProps) {
  return (
    <div className="py-8">
      <div className="flex flex-wrap items-end justify-between gap-4 border-b border-rule pb-4">
        <div>
          <h1 className="font-serif text-3xl font-black text-brand-dark">
            {masthead.name} {t.issueNumber(issue.number)}
          </h1>
          <MastheadLine masthead={masthead} />
          <p className="mt-1 text-muted">
            <time dateTime={issue.date}>{formatIssueDate(issue.date, t)}</time>
            <span className="mx-2" aria-hidden="true">
              ·
            </span>
            <span lang={locale}>
              {t.articlesCount(issue.articles.length)} · {t.characters(issue.totalCharacters)}
            </span>
          </p>
        </div>
        {paths.print && (
          <Link
            href={paths.print(issue.number)}
            className="no-print rounded border border-rule px-4 py-1.5 text-sm hover:border-brand hover:text-brand-dark"
            lang={locale}
          >
            {t.printIssue}
          </Link>
        )}
      </div>
      {issue.lead?.photo && (
        // The lead's photo with the lead's headline: a photo alone above the sections says nothing.
        <Link href={paths.article(issue.lead.id)} className="group mt-6 block max-w-2xl">
          <PhotoFigure photo={issue.lead.photo} sizes="(max-width: 720px) 100vw, 672px" />
          <span className="mt-2 block font-serif text-xl leading-snug font-bold group-hover:text-brand-dark">
            <span className="mr-2 bg-brand px-2 py-0.5 align-middle font-sans text-xs font-bold tracking-widest text-white">
              {t.leadStory}
            </span>
            {issue.lead.headline}
          </span>
        </Link>
      )}
      <IssueSections sections={issue.sections} t={t} paths={paths} />
    </div>
  );
}
