import type { ReactNode } from "react";
import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { getLocale } from "@/lib/i18n/get-locale";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const { t, locale } = await getLocale();
  return (
    <>
      <SiteHeader t={t} locale={locale} />
      <main id="main" className="mx-auto max-w-6xl px-4 sm:px-6">
        {children}
      </main>
      <SiteFooter t={t} locale={locale} />
    </>
  );
}
