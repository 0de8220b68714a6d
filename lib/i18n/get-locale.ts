import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "./locale-cookie";
import { DEFAULT_LOCALE, type Locale, MESSAGES, type Messages, isLocale } from "./messages";

/** The reader's chosen UI language (cookie), Chinese unless they switched. */
export async function getLocale(): Promise<{ locale: Locale; t: Messages }> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  return { locale, t: MESSAGES[locale] };
}
