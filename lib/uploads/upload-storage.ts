import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * Where uploaded files (originals and their WebP copies) live, by name. Every server process and
 * every instance of the site must reach the same store: an image uploaded through one is served
 * by all. Local disk by default; several machines share one folder (UPLOAD_DIR on a shared mount),
 * or `uploadStorage` below returns another store (an object store, say) with the same three calls.
 */
export interface UploadStorage {
  /** Stores a new file; refuses to replace one (names are fresh ids). */
  write(name: string, bytes: Uint8Array): Promise<void>;
  read(name: string): Promise<Buffer>;
  /** Removes the files of an upload that is not stored after all; missing ones are fine. */
  remove(names: string[]): Promise<void>;
}

/** Files in one folder of this machine's disk. */
export function localDiskStorage(dir: string): UploadStorage {
  // Names are cuids from our own database (and their copies' suffixes), never a path from the request.
  const file = (name: string) => path.join(/*turbopackIgnore: true*/ dir, path.basename(name));
  return {
    async write(name, bytes) {
      await mkdir(/*turbopackIgnore: true*/ dir, { recursive: true });
      await writeFile(/*turbopackIgnore: true*/ file(name), bytes, { flag: "wx" });
    },
    read: (name) => readFile(/*turbopackIgnore: true*/ file(name)),
    async remove(names) {
      await Promise.all(names.map((name) => rm(/*turbopackIgnore: true*/ file(name), { force: true })));
    },
  };
}

/** The store the app uses: UPLOAD_DIR, else data/uploads beside the database. */
export function uploadStorage(): UploadStorage {
  // A run-time folder of user files: the bundler must not try to trace it into the build.
  return localDiskStorage(
    path.resolve(/*turbopackIgnore: true*/ env().UPLOAD_DIR ?? path.join(process.cwd(), "data", "uploads")),
  );
}
