/**
 * Responsive sizes of an uploaded image: WebP copies at these widths, never wider than the
 * original. Which copies exist follows from the original's width alone, so the renderer can
 * write a srcset from the image's width attribute without asking the database.
 */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

/** The widths of an image's WebP copies, smallest first. */
export function variantWidths(originalWidth: number): number[] {
  return [...new Set(VARIANT_WIDTHS.map((w) => Math.min(w, originalWidth)))];
}

/** The copy to serve for a requested width: the smallest at least as wide, else the widest. */
export function pickVariantWidth(originalWidth: number, requested: number): number {
  const widths = variantWidths(originalWidth);
  return widths.find((w) => w >= requested) ?? widths[widths.length - 1];
}

/** The address of one copy, as reader pages put it in srcset. */
export function variantSrc(src: string, width: number): string {
  return `${src}?w=${width}`;
}

/** The file name of one copy beside the original in the upload folder. */
export function variantFileName(uploadId: string, width: number): string {
  return `${uploadId}-${width}.webp`;
}

/** Where a photo's pixel size is unknown (older uploads) it is shown as uploaded. */
export interface ResponsiveImage {
  src: string;
  srcset?: string;
  width?: number;
  height?: number;
}

/** The <img> attributes of an upload: its copies as srcset, a text-column copy as src. */
export function responsiveImage(src: string, width: number | null, height: number | null): ResponsiveImage {
  if (width === null || height === null) return { src };
  return {
    // For browsers that ignore srcset: a copy wide enough for the text column.
    src: variantSrc(src, Math.min(width, 960)),
    srcset: variantWidths(width)
      .map((w) => `${variantSrc(src, w)} ${w}w`)
      .join(", "),
    width,
    height,
  };
}
