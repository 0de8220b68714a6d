import Link from "next/link";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { readerPaths } from "@/lib/public/reader-paths";

interface SiteHeaderProps {
  t: Messages;
  locale: Locale;
  /** The paper's name (报纸名称), in Chinese in both interface languages: it is the masthead. */
  name: string;
}

/** Beyond this many characters the paper's name is set smaller, so that it keeps to two lines on a phone. */
const LONG_NAME = 8;

/** Masthead (报头) and the reader navigation. */
export function SiteHeader({ t, locale, name }: SiteHeaderProps) {
  const other = locale === "en" ? "zh-CN" : "en";
  const paths = readerPaths(locale);
  // The switch finds the same page in the other language from the referring address.
  const switchHref = "/api/locale";
  return (
    <header className="no-print border-b-4 border-double border-brand bg-white" lang={locale}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:px-3 focus:py-2"
      >
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-2 px-4 pt-5 pb-3 sm:px-6">
        <Link href={paths.home} className="group flex items-baseline gap-3 no-underline">
          <span
            lang="zh-CN"
            className={`font-serif font-black tracking-[0.18em] text-brand ${LONG_NAME < Array.from(name).length ? "text-2xl sm:text-4xl" : "text-4xl sm:text-5xl"}`}
          >
            {name}
          </span>
          <span className="hidden text-sm text-muted sm:inline">{t.siteTagline}</span>
        </Link>
        <nav aria-label={t.nav.home} className="flex items-center gap-1 text-base">
          <Link className="rounded px-3 py-1.5 hover:bg-brand/10 hover:text-brand-dark" href={paths.home}>
            {t.nav.home}
          </Link>
          <Link className="rounded px-3 py-1.5 hover:bg-brand/10 hover:text-brand-dark" href={paths.issues}>
            {t.nav.issues}
          </Link>
          <Link className="rounded px-3 py-1.5 hover:bg-brand/10 hover:text-brand-dark" href={paths.search}>
            {t.nav.search}
          </Link>
          <a
            className="ml-2 rounded border border-rule px-3 py-1 text-sm text-muted hover:border-brand hover:text-brand-dark"
            href={switchHref}
            lang={other}
            aria-label={t.switchLanguageLabel}
          >
            {t.switchLanguage}
          </a>
        </nav>
      </div>
    </header>
  );
}
