import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
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
  const [{ t, locale }, masthead] = await Promise.all([readerLocale(params), getPublicMasthead()]);
  const name = paperName(masthead, locale);
  return {
    title: { default: name, template: `%s - ${name}` },
    description: t.siteTagline,
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
