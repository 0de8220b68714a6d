// `npm run screenshots -- [baseURL]`: full-page PNGs of the reader pages at phone and desktop
// widths, into screenshots/, for a person to look at. Not a test.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { env } from "@/lib/env";

const { PORT, PLAYWRIGHT_CHROMIUM_PATH } = env();
const base = process.argv[2] ?? `http://127.0.0.1:${PORT}`;
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

async function main(): Promise<void> {
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({
    executablePath: PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  const firstArticle = await page.locator("main a[href^='/articles/']").first().getAttribute("href");
  const paths: Record<string, string> = {
    front: "/",
    issues: "/issues",
    issue: "/issues/1",
    article: firstArticle ?? "/",
    print: "/issues/1/print",
    missing: "/articles/nope",
  };
  for (const [name, path] of Object.entries(paths)) {
    for (const [label, viewport] of Object.entries(widths)) {
      await page.setViewportSize(viewport);
      await page.goto(`${base}${path}`);
      await page.screenshot({ path: `screenshots/${name}-${label}.png`, fullPage: true });
    }
  }
  await browser.close();
}

main();
