import { notFound } from "next/navigation";
import { type Locale, MESSAGES, type Messages, isLocale } from "./messages";

/**
 * The UI language of a reader page, from its `[lang]` route segment (Chinese pages reach it
 * through a rewrite, English ones through `/en/…`). Anything else is a 404. Reading it from the
 * URL rather than a cookie is what lets every reader page be cached as one shared artifact.
 */
export async function readerLocale(
  params: Promise<{ lang: string }>,
): Promise<{ locale: Locale; t: Messages }> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return { locale: lang, t: MESSAGES[lang] };
}
