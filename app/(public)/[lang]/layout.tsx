import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { readerLocale } from "@/lib/i18n/reader-locale";

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
  const { t } = await readerLocale(params);
  return { title: { default: t.siteName, template: `%s - ${t.siteName}` }, description: t.siteTagline };
}

export default async function ReaderLayout({ children, params }: ReaderLayoutProps) {
  const { t, locale } = await readerLocale(params);
  return (
    <>
      <SiteHeader t={t} locale={locale} />
      <main id="main" className="mx-auto min-h-[70vh] max-w-6xl px-4 sm:px-6">
        {children}
      </main>
      <SiteFooter t={t} locale={locale} />
    </>
  );
}
