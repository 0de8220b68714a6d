import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { DEFAULT_LOCALE, MESSAGES, isLocale } from "@/lib/i18n/messages";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { getPublicMasthead } from "@/lib/public/public-reads";
import { paperName } from "@/lib/settings/publication-settings";

interface ReaderLayoutProps {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}

// Reader pages are rendered on their first request, then served from Next's page cache until the
// newsroom changes them (lib/reader-cache). Nothing is rendered at build time: the build has no
// database of its own.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: ReaderLayoutProps): Promise<Metadata> {
  // An address whose first segment is no language (`/no-such-page`) is answered with a 404 by
  // the layout itself; its title is made as a Chinese page's ("页面不存在 - 中原区报"). Were this to
  // throw as well, that page would have no title at all.
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const name = paperName(await getPublicMasthead(), locale);
  return {
    title: { default: name, template: `%s - ${name}` },
    description: MESSAGES[locale].siteTagline,
    openGraph: { siteName: name },
  };
}

export default async function ReaderLayout({ children, params }: ReaderLayoutProps) {
  const [{ t, locale }, masthead] = await Promise.all([readerLocale(params), getPublicMasthead()]);
  return (
    <>
      {/* React places it in the head; as metadata, a page's own alternates (canonical) would replace it. */}
      <link rel="alternate" type="application/rss+xml" href="/feed.xml" title={masthead.name} />
      <SiteHeader t={t} locale={locale} name={masthead.name} />
      <main id="main" className="mx-auto min-h-[70vh] max-w-6xl px-4 sm:px-6">
        {children}
      </main>
      <SiteFooter t={t} locale={locale} name={paperName(masthead, locale)} />
    </>
  );
}
