import { NotFoundMessage } from "@/components/public/not-found-message";
import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { MESSAGES } from "@/lib/i18n/messages";
import { getMastheadOfNotFound } from "@/lib/public/public-reads";

// An address that matches no page: outside the reader layout, so it brings its own chrome.
export default async function NotFound() {
  const t = MESSAGES["zh-CN"];
  const { name } = await getMastheadOfNotFound();
  return (
    <>
      <SiteHeader t={t} locale="zh-CN" name={name} />
      <main id="main" className="min-h-[70vh]">
        <NotFoundMessage t={t} locale="zh-CN" />
      </main>
      <SiteFooter t={t} locale="zh-CN" name={name} />
    </>
  );
}
