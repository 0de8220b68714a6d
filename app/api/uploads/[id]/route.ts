// Serves an uploaded image, only to those who may see its article (404 for everyone else);
// `?w=960` serves its WebP copy of about that width, which is what reader pages ask for.
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { systemClock } from "@/lib/time/clock";
import { findReadableUpload } from "@/lib/uploads/find-readable-upload";
import { pickVariantWidth, variantFileName } from "@/lib/uploads/image-variants";
import { uploadStorage } from "@/lib/uploads/upload-storage";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const upload = await findReadableUpload(db, await getCurrentUser(), id, systemClock());
  if (!upload) return new Response("Not found", { status: 404 });
  const requested = Number(new URL(request.url).searchParams.get("w"));
  // Uploads from before responsive sizes have no copies: they are served as they are.
  const variant =
    upload.width !== null && Number.isInteger(requested) && requested > 0
      ? pickVariantWidth(upload.width, requested)
      : null;
  const bytes = await uploadStorage().read(
    variant === null ? upload.id : variantFileName(upload.id, variant),
  );
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": variant === null ? upload.mime : "image/webp",
      "Content-Length": String(bytes.length),
      "X-Content-Type-Options": "nosniff",
      // A draft's image must not sit in a shared cache where someone else could get it.
      "Cache-Control": upload.isPublic ? "public, max-age=3600" : "private, no-store",
    },
  });
}
