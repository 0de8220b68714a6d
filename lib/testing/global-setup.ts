import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applySqliteMigrations } from "@/lib/setup/apply-migrations";

declare module "vitest" {
  export interface ProvidedContext {
    /** A database file with every migration applied, for createTempDatabase to copy. */
    templateDatabase: string;
  }
}

/**
 * Vitest globalSetup: migrates one template database for the whole run. `prisma migrate deploy`
 * takes seconds (it starts the Prisma CLI and its WebAssembly engine); copying the migrated
 * file takes a millisecond, so each test database is a copy (lib/testing/temp-database.ts).
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), "newsroom-template-"));
  const file = path.join(dir, "template.db");
  applySqliteMigrations(`file:${file}`);
  project.provide("templateDatabase", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
