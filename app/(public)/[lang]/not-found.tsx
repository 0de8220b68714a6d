import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/public/not-found-message";
import { MESSAGES } from "@/lib/i18n/messages";

// The reader layout's title template adds the paper's name.
export const metadata: Metadata = { title: MESSAGES["zh-CN"].notFoundTitle };

// A reader page whose issue or article is unknown or not public, inside the reader layout. A
// not-found page receives no route parameters, so it speaks Chinese, the paper's language.
export default function ReaderNotFound() {
  return <NotFoundMessage t={MESSAGES["zh-CN"]} locale="zh-CN" />;
}
