import type { Locale } from "@/lib/i18n/messages";

/**
 * Where reader links point. Chinese pages live at the root (`/articles/…`), English ones under
 * `/en` (`/en/articles/…`): the language is part of the address, never a cookie, so one URL is
 * one page that shared caches can keep. An editor's preview renders the same components with
 * links that stay inside the preview.
 */
export interface ReaderPaths {
  home: string;
  issues: string;
  year: (year: number) => string;
  issue: (number: number) => string;
  /** Null where there is no print edition (previews). */
  print: ((number: number) => string) | null;
  article: (id: string) => string;
  search: string;
}

function pathsUnder(base: string): ReaderPaths {
  return {
    home: base || "/",
    issues: `${base}/issues`,
    year: (year) => `${base}/issues/years/${year}`,
    issue: (number) => `${base}/issues/${number}`,
    print: (number) => `${base}/issues/${number}/print`,
    article: (id) => `${base}/articles/${id}`,
    search: `${base}/search`,
  };
}

const READER_PATHS: Record<Locale, ReaderPaths> = { "zh-CN": pathsUnder(""), en: pathsUnder("/en") };

export function readerPaths(locale: Locale): ReaderPaths {
  return READER_PATHS[locale];
}

/** The preview's links: its home is the planner, which is where an editor came from. */
export const PREVIEW_PATHS: ReaderPaths = {
  ...pathsUnder("/newsroom/preview"),
  home: "/newsroom/issues",
  issues: "/newsroom/issues",
  print: null,
};
