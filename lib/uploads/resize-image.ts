import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors/app-error";
import { variantWidths } from "./image-variants";

/** Decoding bombs (a small file of a huge canvas) are refused before any pixel is allocated. */
const MAX_PIXELS = 60_000_000;

export interface ResizedImage {
  /** Size as displayed, after the EXIF orientation is applied. */
  width: number;
  height: number;
  variants: { width: number; bytes: Buffer }[];
}

/** The WebP copies of an uploaded image, turned upright by its EXIF orientation. */
export async function resizeImage(bytes: Uint8Array): Promise<ResizedImage> {
  const options = { limitInputPixels: MAX_PIXELS, animated: true, autoOrient: true };
  let width: number;
  let height: number;
  try {
    const metadata = await sharp(bytes, options).metadata();
    width = metadata.autoOrient.width;
    // An animated image reports the height of all its frames stacked.
    height = metadata.pageHeight ?? metadata.autoOrient.height;
  } catch {
    throw new AppError("BAD_INPUT", "图片文件已损坏或尺寸过大，无法处理。");
  }
  const variants = await Promise.all(
    variantWidths(width).map(async (w) => ({
      width: w,
      bytes: await sharp(bytes, options).resize({ width: w }).webp({ quality: 80 }).toBuffer(),
    })),
  );
  return { width, height, variants };
}
