import type { Locale, Messages } from "@/lib/i18n/messages";
import { WayBackLinks } from "./way-back-links";
import type { WithdrawnArticle } from "@/lib/public/find-withdrawn-article";
import { GONE_ATTRIBUTE } from "@/lib/reader-cache/page-status.cjs";

/**
 * What a reader finds at the address of a withdrawn article: that it was withdrawn, and where
 * it had appeared. Not its headline or any of its text: an article is withdrawn because
 * something in it must not be shown, and that can be the headline itself. The marker attribute
 * makes the page answer 410 Gone (lib/reader-cache/page-status.cjs).
 */
export function WithdrawnNotice({
  withdrawn,
  t,
  locale,
}: {
  withdrawn: WithdrawnArticle;
  t: Messages;
  locale: Locale;
}) {
  return (
    <section {...{ [GONE_ATTRIBUTE]: "410" }} className="mx-auto max-w-3xl px-4 py-20 text-center">
      <p className="font-serif text-6xl font-black text-brand" aria-hidden="true">
        410
      </p>
      <h1 className="mt-4 font-serif text-3xl font-bold">{t.withdrawnTitle}</h1>
      <p className="mt-3 text-muted">{t.withdrawnBody(withdrawn.issue.number)}</p>
      <WayBackLinks t={t} locale={locale} />
    </section>
  );
}
