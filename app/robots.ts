import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site-url";

// Rendered per request so the sitemap address follows SITE_URL where the site runs, not where it was built.
export const dynamic = "force-dynamic";

/** Readers' pages are for everyone; the newsroom, sign-in and the API are not for crawlers. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/newsroom", "/login", "/setup", "/api/"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
