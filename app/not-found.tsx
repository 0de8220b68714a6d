import { NotFoundMessage } from "@/components/public/not-found-message";
import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { getLocale } from "@/lib/i18n/get-locale";

// An address that matches no page: outside the reader layout, so it brings its own chrome.
export default async function NotFound() {
  const { t, locale } = await getLocale();
  return (
    <>
      <SiteHeader t={t} locale={locale} />
      <main id="main">
        <NotFoundMessage t={t} locale={locale} />
      </main>
      <SiteFooter t={t} locale={locale} />
    </>
  );
}
