import type { Locale, Messages } from "@/lib/i18n/messages";

export function SiteFooter({ t, locale }: { t: Messages; locale: Locale }) {
  return (
    <footer className="no-print mt-16 border-t border-rule bg-white" lang={locale}>
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted sm:px-6">
        <p className="font-serif text-base text-ink">{t.footer}</p>
        <p>{t.footerNote}</p>
      </div>
    </footer>
  );
}
