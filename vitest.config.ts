import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // Migrates one template database per run; each test database is a copy of it.
    globalSetup: ["lib/testing/global-setup.ts"],
    // server-only throws outside a React Server Components bundle; domain tests run plain Node.
    alias: { "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts") },
  },
});
