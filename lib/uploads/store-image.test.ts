import { readdirSync } from "node:fs";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { createTestUser } from "@/lib/testing/factories";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTempUploads } from "@/lib/testing/temp-uploads";
import { pickVariantWidth, variantWidths } from "./image-variants";
import { storeImage } from "./store-image";
import { uploadStorage } from "./upload-storage";

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
let uploads: ReturnType<typeof createTempUploads>;

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  reporter = await createTestUser(db, "REPORTER");
  uploads = createTempUploads();
});
afterEach(async () => {
  uploads.dispose();
  await dispose();
});

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .png()
    .toBuffer();

describe("variantWidths", () => {
  it("makes 480/960/1600 copies, never wider than the original", () => {
    expect(variantWidths(4000)).toEqual([480, 960, 1600]);
    expect(variantWidths(1200)).toEqual([480, 960, 1200]);
    expect(variantWidths(300)).toEqual([300]);
    expect(pickVariantWidth(4000, 700)).toBe(960);
    expect(pickVariantWidth(1200, 5000)).toBe(1200);
  });
});

describe("storeImage", () => {
  it("keeps the original and writes WebP copies of the right widths, recording the pixel size", async () => {
    const { id: articleId } = await createArticle(db, reporter);
    const original = await png(2000, 1000);
    const stored = await storeImage(db, { articleId, ownerId: reporter.id, bytes: original });
    expect(stored).toMatchObject({ width: 2000, height: 1000 });
    const id = stored.src.split("/").at(-1)!;
    expect(await db.upload.findUniqueOrThrow({ where: { id } })).toMatchObject({
      width: 2000,
      height: 1000,
      mime: "image/png",
    });
    expect(readdirSync(uploads.dir).sort()).toEqual(
      [id, `${id}-1600.webp`, `${id}-480.webp`, `${id}-960.webp`].sort(),
    );
    expect(Buffer.compare(await uploadStorage().read(id), original)).toBe(0);
    const copy = await sharp(await uploadStorage().read(`${id}-960.webp`)).metadata();
    expect(copy).toMatchObject({ format: "webp", width: 960, height: 480 });
  });

  it("refuses what is not an image and a picture that does not decode, storing nothing", async () => {
    const { id: articleId } = await createArticle(db, reporter);
    await expect(
      storeImage(db, { articleId, ownerId: reporter.id, bytes: new TextEncoder().encode("%PDF-1.7") }),
    ).rejects.toMatchObject({
      message: "只能上传 PNG、JPEG、WebP 或 GIF 图片。",
    });
    const truncated = (await png(50, 50)).subarray(0, 40);
    await expect(storeImage(db, { articleId, ownerId: reporter.id, bytes: truncated })).rejects.toMatchObject(
      { code: "BAD_INPUT" },
    );
    expect(await db.upload.count()).toBe(0);
    expect(readdirSync(uploads.dir)).toEqual([]);
  });
});
