import { NotFoundMessage } from "@/components/public/not-found-message";
import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { MESSAGES } from "@/lib/i18n/messages";

// An address that matches no page: outside the reader layout, so it brings its own chrome.
export default function NotFound() {
  const t = MESSAGES["zh-CN"];
  return (
    <>
      {/* A metadata export here did not reach the head of an unmatched address; React hoists this title there. */}
      <title>{`${t.notFoundTitle} - ${t.siteName}`}</title>
      <SiteHeader t={t} locale="zh-CN" />
      <main id="main" className="min-h-[70vh]">
        <NotFoundMessage t={t} locale="zh-CN" />
      </main>
      <SiteFooter t={t} locale="zh-CN" />
    </>
  );
}
