/** The public base URL for canonical links and Open Graph: SITE_URL, else this server on PORT. */
export function siteUrl(): string {
  return process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`;
}
