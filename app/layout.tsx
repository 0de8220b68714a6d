import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { MESSAGES } from "@/lib/i18n/messages";
import { siteUrl } from "@/lib/site-url";
import "./globals.css";

// A function, not a constant, so SITE_URL is read when the server runs, not when it is built.
export function generateMetadata(): Metadata {
  const t = MESSAGES["zh-CN"];
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t.siteName, template: `%s - ${t.siteName}` },
    description: t.siteTagline,
    // public/icon.svg, sent from memory by the production server (lib/server/public-files.ts).
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
    openGraph: { siteName: "中原区报", locale: "zh_CN", type: "website" },
    alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: "中原区报" }] } },
  };
}

export const viewport: Viewport = { themeColor: "#a3141c", width: "device-width", initialScale: 1 };

// The content is Chinese whatever UI language is chosen, so the document stays zh-CN;
// English interface text marks itself with lang="en" where it appears.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
