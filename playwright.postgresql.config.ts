import { defineConfig, devices } from "@playwright/test";
import base from "./playwright.config";

// Two instances of the site on one PostgreSQL database (TEST_DATABASE_URL's server, schema e2e,
// emptied each run), as behind a proxy: what one does, the other must see (e2e/multi-instance).
// They share this checkout's build; each is its own `npm start` with its own server process.
const server = process.env.TEST_DATABASE_URL;
if (!server) throw new Error("TEST_DATABASE_URL (postgresql://…) is needed for the PostgreSQL browser test.");
const url = new URL(server);
url.searchParams.set("schema", "e2e");
const DATABASE_URL = url.toString();
const PORTS = [Number(process.env.E2E_PORT || 3100), Number(process.env.E2E_PORT || 3100) + 1];

const instance = (port: number, command: string) => ({
  command,
  url: `http://localhost:${port}/`,
  env: {
    PORT: String(port),
    DATABASE_URL,
    NEWSROOM_DEMO: "1",
    NEWSROOM_REVISION_WINDOW_S: "0",
    NEXT_TELEMETRY_DISABLED: "1",
    SITE_URL: `http://localhost:${port}`,
    WEB_CONCURRENCY: "1",
  },
  reuseExistingServer: false,
  timeout: 180_000,
  stdout: "pipe" as const,
});

export default defineConfig({
  ...base,
  testDir: "e2e/multi-instance",
  workers: 1,
  use: { ...base.use, baseURL: `http://localhost:${PORTS[0]}` },
  projects: [{ name: "two instances on PostgreSQL", use: { ...devices["Desktop Chrome"] } }],
  // Started one after the other: the first empties the schema, migrates it and imports the archive.
  webServer: [
    instance(PORTS[0], "tsx e2e/fixtures/reset-postgresql-schema.ts && npm start"),
    instance(PORTS[1], "npm start"),
  ],
});
