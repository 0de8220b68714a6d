import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { localDiskStorage } from "./upload-storage";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "upload-storage-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("localDiskStorage", () => {
  it("keeps files by name, never replaces one, and removes them (missing ones too)", async () => {
    const storage = localDiskStorage(path.join(dir, "uploads"));
    await storage.write("abc", new Uint8Array([1, 2, 3]));
    expect([...(await storage.read("abc"))]).toEqual([1, 2, 3]);
    await expect(storage.write("abc", new Uint8Array([9]))).rejects.toThrow();
    await storage.remove(["abc", "never-written"]);
    await expect(storage.read("abc")).rejects.toThrow();
  });

  it("keeps every name inside its folder", async () => {
    const storage = localDiskStorage(path.join(dir, "uploads"));
    await storage.write("../escape", new Uint8Array([1]));
    expect(readdirSync(dir)).toEqual(["uploads"]);
    expect(readdirSync(path.join(dir, "uploads"))).toEqual(["escape"]);
  });
});
