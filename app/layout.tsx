import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { MESSAGES } from "@/lib/i18n/messages";
import { getMastheadOfNotFound } from "@/lib/public/public-reads";
import { siteUrl } from "@/lib/site-url";
import "./globals.css";

// A function, not a constant, so SITE_URL is read when the server runs, not when it is built.
export async function generateMetadata(): Promise<Metadata> {
  const { name } = await getMastheadOfNotFound();
  return {
    metadataBase: new URL(siteUrl()),
    // Every layout below titles its pages (reader pages, the newsroom, sign-in): what is left is
    // the page for an unknown address (app/not-found.tsx). Its own <title> element would reach
    // the head only once its script ran: it waits for the masthead, so it is streamed after it.
    title: `${MESSAGES["zh-CN"].notFoundTitle} - ${name}`,
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
