import { mergeAttributes } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import { responsiveImage } from "@/lib/uploads/image-variants";

/** How wide a photo is shown: the whole column on a phone, the text column (42rem) beyond. */
const PHOTO_SIZES = "(max-width: 720px) 100vw, 672px";

export const positiveInteger = (value: unknown): number | null =>
  typeof value === "number" && Number.isInteger(value) && value > 0 ? value : null;

/** The <img> of a parsed element: the element itself, or the one inside a <figure>. */
const imageOf = (element: HTMLElement): HTMLElement | null =>
  element.matches("img") ? element : element.querySelector("img");

const sizeAttribute = (name: "width" | "height") => ({
  default: null,
  parseHTML: (element: HTMLElement) => positiveInteger(Number(imageOf(element)?.getAttribute(name))),
  renderHTML: () => ({}),
});

/** Text of the figure's caption kept on the node, never written as an attribute of the <img>. */
const captionAttribute = (selector: string, prefix: RegExp) => ({
  default: "",
  parseHTML: (element: HTMLElement) =>
    (element.closest("figure")?.querySelector(selector)?.textContent ?? "").trim().replace(prefix, ""),
  renderHTML: () => ({}),
});

/**
 * A photo: an uploaded image with its alt text, 图片说明 (caption) and 摄影 (credit), drawn as a
 * <figure>. With its pixel size known (uploads since responsive sizes), it is given its WebP
 * copies as srcset and its width/height, so the page does not shift while it loads.
 */
export const ArticleImage = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      // Read from the <img> also when a whole <figure> is parsed; a reader page's copy
      // address (…?w=960) is taken back to the upload itself.
      src: {
        default: null,
        parseHTML: (element: HTMLElement) =>
          imageOf(element)
            ?.getAttribute("src")
            ?.replace(/\?w=\d+$/, "") ?? null,
      },
      alt: {
        default: null,
        parseHTML: (element: HTMLElement) => imageOf(element)?.getAttribute("alt") ?? null,
      },
      width: sizeAttribute("width"),
      height: sizeAttribute("height"),
      caption: captionAttribute("figcaption .figure-caption", /^/),
      credit: captionAttribute("figcaption .figure-credit", /^摄影[:：\s]*/),
    };
  },

  parseHTML() {
    // A whole <figure> is one image, so that its caption does not come back as a paragraph.
    const figure = {
      tag: "figure",
      getAttrs: (element: HTMLElement) => {
        const src = imageOf(element)?.getAttribute("src") ?? "";
        return src && !src.startsWith("data:") ? {} : false;
      },
    };
    return [figure, { tag: "img[src]:not([src^='data:'])" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const responsive = responsiveImage(
      String(node.attrs.src ?? ""),
      positiveInteger(node.attrs.width),
      positiveInteger(node.attrs.height),
    );
    const img: Record<string, string> = { alt: String(node.attrs.alt ?? ""), src: responsive.src };
    if (responsive.srcset) {
      img.srcset = responsive.srcset;
      img.sizes = PHOTO_SIZES;
      img.width = String(responsive.width);
      img.height = String(responsive.height);
    }
    const caption = String(node.attrs.caption ?? "").trim();
    const credit = String(node.attrs.credit ?? "").trim();
    const parts: (string | [string, Record<string, string>, string])[] = [];
    if (caption) parts.push(["span", { class: "figure-caption" }, caption]);
    if (credit) parts.push(["span", { class: "figure-credit" }, `摄影 ${credit}`]);
    const image = [
      "img",
      mergeAttributes(HTMLAttributes, img, { loading: "lazy", decoding: "async" }),
    ] as const;
    return parts.length > 0
      ? ["figure", { class: "article-figure" }, image, ["figcaption", {}, ...parts]]
      : ["figure", { class: "article-figure" }, image];
  },
});
