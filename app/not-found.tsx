import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/public/not-found-message";
import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { MESSAGES } from "@/lib/i18n/messages";

export const metadata: Metadata = {
  title: `${MESSAGES["zh-CN"].notFoundTitle} - ${MESSAGES["zh-CN"].siteName}`,
};

// An address that matches no page: outside the reader layout, so it brings its own chrome.
export default function NotFound() {
  const t = MESSAGES["zh-CN"];
  return (
    <>
      <SiteHeader t={t} locale="zh-CN" />
      <main id="main" className="min-h-[70vh]">
        <NotFoundMessage t={t} locale="zh-CN" />
      </main>
      <SiteFooter t={t} locale="zh-CN" />
    </>
  );
}
