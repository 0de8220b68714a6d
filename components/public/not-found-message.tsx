import Link from "next/link";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { readerPaths } from "@/lib/public/reader-paths";

// The same words for an unknown address and for anything a reader may not see: a 404 never
// hints that an unpublished article or issue exists.
export function NotFoundMessage({ t, locale }: { t: Messages; locale: Locale }) {
  const paths = readerPaths(locale);
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 text-center" lang={locale}>
      <p className="font-serif text-6xl font-black text-brand" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 font-serif text-3xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-3 text-muted">{t.notFoundBody}</p>
      <p className="mt-8 flex justify-center gap-4">
        <Link href={paths.home} className="rounded bg-brand px-5 py-2 text-white hover:bg-brand-dark">
          {t.notFoundHome}
        </Link>
        <Link
          href={paths.issues}
          className="rounded border border-rule px-5 py-2 hover:border-brand hover:text-brand-dark"
        >
          {t.notFoundIssues}
        </Link>
      </p>
    </div>
  );
}
