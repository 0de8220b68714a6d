import type { JSONContent } from "@tiptap/core";
import { positiveInteger } from "@/lib/editor/article-image";
import {
  type ResponsiveImage,
  responsiveImage,
  variantSrc,
  variantWidths,
} from "@/lib/uploads/image-variants";

export interface Photo extends ResponsiveImage {
  /** The largest copy, for sharing (og:image): previews want 1200 px or more. */
  share: string;
  alt: string;
  caption: string;
  credit: string;
}

function findImage(node: JSONContent): JSONContent | null {
  if (node.type === "image") return node;
  for (const child of node.content ?? []) {
    const found = findImage(child);
    if (found) return found;
  }
  return null;
}

/** An article's first photo (the lead story's picture on the front page and in og:image), or null. */
export function firstPhoto(body: unknown): Photo | null {
  const image = findImage(body as JSONContent);
  const src = String(image?.attrs?.src ?? "");
  if (!image || !src) return null;
  const width = positiveInteger(image.attrs?.width);
  return {
    ...responsiveImage(src, width, positiveInteger(image.attrs?.height)),
    share: width === null ? src : variantSrc(src, variantWidths(width).at(-1)!),
    alt: String(image.attrs?.alt ?? ""),
    caption: String(image.attrs?.caption ?? ""),
    credit: String(image.attrs?.credit ?? ""),
  };
}
