import Link from "next/link";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { readerPaths } from "@/lib/public/reader-paths";

/** Where a reader can go from a page that has nothing for them: the front page and 往期. */
export function WayBackLinks({ t, locale }: { t: Messages; locale: Locale }) {
  const paths = readerPaths(locale);
  return (
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
  );
}
