import { NotFoundMessage } from "@/components/public/not-found-message";
import { getLocale } from "@/lib/i18n/get-locale";

// A reader page whose issue or article is unknown or not public, inside the reader layout.
export default async function PublicNotFound() {
  const { t, locale } = await getLocale();
  return <NotFoundMessage t={t} locale={locale} />;
}
