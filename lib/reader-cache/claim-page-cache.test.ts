import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type TempDatabase, createTempDatabase } from "@/lib/testing/temp-database";
import { claimPageCache } from "./claim-page-cache";
import { openInvalidationReader } from "./invalidation-reader.cjs";
import { EVERY_READER_PAGE } from "./reader-page-tags";

describe("claimPageCache", () => {
  const temps: TempDatabase[] = [];
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "page-cache-owner-"));
  });
  afterEach(async () => {
    for (const temp of temps.splice(0)) await temp.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a build's pages from the test database are never served on the real one", async () => {
    const owner = path.join(dir, "reader-pages.owner");
    const tests = createTempDatabase();
    const site = createTempDatabase();
    temps.push(tests, site);
    const renderedForTests = Date.now() - 60_000;

    expect(await claimPageCache(tests.db, new Date(), owner)).toBe(true);
    expect(await claimPageCache(tests.db, new Date(), owner)).toBe(false);
    // The site's database takes the caches over: everything rendered before is out of date there.
    expect(await claimPageCache(site.db, new Date(), owner)).toBe(true);
    const reader = openInvalidationReader(site.url);
    await reader.refresh();
    expect(reader.invalidatedSince([EVERY_READER_PAGE], renderedForTests)).toBe(true);
    // Restarting on the same database keeps what it rendered.
    expect(await claimPageCache(site.db, new Date(), owner)).toBe(false);
  });
});
