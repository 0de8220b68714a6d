import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { findOrCreateSharedAuthSecret } from "./auth-secret";

let db: Database;
let openAnother: () => Database;
let dispose: () => Promise<void>;
beforeEach(() => ({ db, openAnother, dispose } = createTempDatabase()));
afterEach(() => dispose());

describe("findOrCreateSharedAuthSecret", () => {
  it("gives every instance on the database the same signing key, made once", async () => {
    const otherInstance = openAnother();
    const first = await findOrCreateSharedAuthSecret(db);
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(await findOrCreateSharedAuthSecret(otherInstance)).toBe(first);
    expect(await findOrCreateSharedAuthSecret(db)).toBe(first);
    await otherInstance.$disconnect();
  });
});
