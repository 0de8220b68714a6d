import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A temporary UPLOAD_DIR for tests that store images; `dispose` removes it and the setting. */
export function createTempUploads(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "uploads-"));
  process.env.UPLOAD_DIR = dir;
  return {
    dir,
    dispose: () => {
      delete process.env.UPLOAD_DIR;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
