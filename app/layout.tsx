import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { siteUrl } from "@/lib/site-url";
import "./globals.css";

// A function, not a constant, so SITE_URL is read when the server runs, not when it is built.
// Titles carry the paper's name, a setting: the layouts below set them (reader pages, the
// newsroom, sign-in), as does the page for an unknown address.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    // public/icon.svg, sent from memory by the production server (lib/server/public-files.ts).
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
    openGraph: { locale: "zh_CN", type: "website" },
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
