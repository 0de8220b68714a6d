import { defineConfig, devices } from "@playwright/test";

// The tests own their database and port: never the one a person runs the site on.
const PORT = Number(process.env.E2E_PORT || 3100);
const DATABASE_URL = "file:./data/e2e.db";
const chromium =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ??
  (process.env.PLAYWRIGHT_BUNDLED_BROWSER ? undefined : "/usr/bin/chromium");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Most tests walk a whole workflow as two or three people, each signing in (bcrypt) on a
  // two-core machine that also runs the server: 30 s is too tight when it is busy.
  timeout: 60_000,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // multi-instance/ runs against two servers on PostgreSQL: playwright.postgresql.config.ts.
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: [/stages\//, /multi-instance\//] },
    // Tests that change newsroom-wide settings run last, alone, so no other test sees them.
    {
      name: "settings",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /stages\/.*\.spec\.ts/,
      dependencies: ["chromium"],
    },
  ],
  webServer: {
    // A fresh database each run: the start script migrates it and imports the archive.
    command: "rm -f data/e2e.db data/e2e.db-journal data/e2e.db-wal data/e2e.db-shm && npm start",
    url: `http://localhost:${PORT}/`,
    env: {
      PORT: String(PORT),
      DATABASE_URL,
      NEWSROOM_DEMO: "1",
      NEWSROOM_REVISION_WINDOW_S: "0",
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: `http://localhost:${PORT}`,
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
  },
});
