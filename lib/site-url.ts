import { env } from "./env";

/** The public base URL for canonical links and Open Graph: SITE_URL, else this server on PORT. */
export function siteUrl(): string {
  const { SITE_URL, PORT } = env();
  return SITE_URL ?? `http://localhost:${PORT}`;
}
