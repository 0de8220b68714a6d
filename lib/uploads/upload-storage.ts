import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/** Uploaded files live beside the database (git-ignored data/), or under UPLOAD_DIR. */
function uploadDir(): string {
  // A run-time folder of user files: the bundler must not try to trace it into the build.
  return path.resolve(
    /*turbopackIgnore: true*/ env().UPLOAD_DIR ?? path.join(process.cwd(), "data", "uploads"),
  );
}

function uploadPath(name: string): string {
  // Names are cuids from our own database (and their copies' suffixes), never a path from the request.
  return path.join(/*turbopackIgnore: true*/ uploadDir(), path.basename(name));
}

export async function writeUploadFile(name: string, bytes: Uint8Array): Promise<void> {
  await mkdir(/*turbopackIgnore: true*/ uploadDir(), { recursive: true });
  await writeFile(/*turbopackIgnore: true*/ uploadPath(name), bytes, { flag: "wx" });
}

export function readUploadFile(name: string): Promise<Buffer> {
  return readFile(/*turbopackIgnore: true*/ uploadPath(name));
}

/** Removes files of an upload that is not stored after all; missing ones are fine. */
export async function removeUploadFiles(names: string[]): Promise<void> {
  await Promise.all(names.map((name) => rm(/*turbopackIgnore: true*/ uploadPath(name), { force: true })));
}
