import type { Locale, Messages } from "@/lib/i18n/messages";
import { WayBackLinks } from "./way-back-links";

// The same words for an unknown address and for anything a reader may not see: a 404 never
// hints that an unpublished article or issue exists.
export function NotFoundMessage({ t, locale }: { t: Messages; locale: Locale }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 text-center" lang={locale}>
      <p className="font-serif text-6xl font-black text-brand" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 font-serif text-3xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-3 text-muted">{t.notFoundBody}</p>
      <WayBackLinks t={t} locale={locale} />
    </div>
  );
}
