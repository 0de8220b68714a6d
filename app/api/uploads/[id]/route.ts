// Serves an uploaded image, only to those who may see its article (404 for everyone else).
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { systemClock } from "@/lib/time/clock";
import { findReadableUpload } from "@/lib/uploads/find-readable-upload";
import { readUploadFile } from "@/lib/uploads/upload-storage";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const upload = await findReadableUpload(db, await getCurrentUser(), id, systemClock());
  if (!upload) return new Response("Not found", { status: 404 });
  const bytes = await readUploadFile(upload.id);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": upload.mime,
      "Content-Length": String(bytes.length),
      "X-Content-Type-Options": "nosniff",
      // A draft's image must not sit in a shared cache where someone else could get it.
      "Cache-Control": upload.isPublic ? "public, max-age=3600" : "private, no-store",
    },
  });
}
