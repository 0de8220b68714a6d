/** The only link schemes an article may carry; `javascript:`, `data:` and the like never pass. */
export const SAFE_LINK_SCHEMES = ["http", "https", "mailto"] as const;

export function isSafeLinkHref(href: string): boolean {
  const trimmed = href.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return false;
  return (SAFE_LINK_SCHEMES as readonly string[]).includes(scheme);
}
