import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** Uploaded files live beside the database (git-ignored data/), or under UPLOAD_DIR. */
function uploadDir(): string {
  // A run-time folder of user files: the bundler must not try to trace it into the build.
  return path.resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR || path.join(process.cwd(), "data", "uploads"));
}

function uploadPath(id: string): string {
  // ids are cuids from our own database, never a path from the request.
  return path.join(/*turbopackIgnore: true*/ uploadDir(), path.basename(id));
}

export async function writeUploadFile(id: string, bytes: Uint8Array): Promise<void> {
  await mkdir(/*turbopackIgnore: true*/ uploadDir(), { recursive: true });
  await writeFile(/*turbopackIgnore: true*/ uploadPath(id), bytes, { flag: "wx" });
}

export function readUploadFile(id: string): Promise<Buffer> {
  return readFile(/*turbopackIgnore: true*/ uploadPath(id));
}
