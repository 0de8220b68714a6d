import type { Locale, Messages } from "@/lib/i18n/messages";

/** The paper's name (in the interface's language) and where it is published. */
export function SiteFooter({ t, locale, name }: { t: Messages; locale: Locale; name: string }) {
  return (
    <footer className="no-print mt-16 border-t border-rule bg-white" lang={locale}>
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted sm:px-6">
        <p className="font-serif text-base text-ink">{`${name} · ${t.footerPlace}`}</p>
        <p>{t.footerNote}</p>
      </div>
    </footer>
  );
}
