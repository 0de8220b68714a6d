import type { JSONContent } from "@tiptap/core";
import { isSafeLinkHref } from "./safe-url";

/** Images may only point at files uploaded to this newsroom. */
export const UPLOAD_SRC = /^\/api\/uploads\/[A-Za-z0-9_-]{10,40}$/;

export type DocProblemKind = "imageSource" | "imageAlt" | "link";

/**
 * Something the server refuses to store, named so a person can find it: `ordinal` counts
 * images (for image problems) or linked text runs (for links) from the start, 1-based, in the
 * order the editor's document walk meets them.
 */
export interface DocProblem {
  kind: DocProblemKind;
  ordinal: number;
  message: string;
}

function short(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Every piece of a document the newsroom refuses: images from elsewhere than its uploads,
 * images without alt text, links with unsafe schemes. The server refuses a save on the first
 * and the editor lists them all with a fix, from this one definition.
 */
export function findDocProblems(doc: JSONContent): DocProblem[] {
  const problems: DocProblem[] = [];
  let images = 0;
  let links = 0;
  const visit = (node: JSONContent) => {
    const link = node.marks?.find((mark) => mark.type === "link");
    if (link) {
      links += 1;
      const href = String(link.attrs?.href ?? "");
      if (!isSafeLinkHref(href)) {
        problems.push({
          kind: "link",
          ordinal: links,
          message: `链接“${short(node.text ?? "", 20)}”（${short(href, 60)}）无效：链接只能使用 http、https 或 mailto 地址。`,
        });
      }
    }
    if (node.type === "image") {
      images += 1;
      const alt = String(node.attrs?.alt ?? "").trim();
      const name = `第 ${images} 张图片${alt ? `（${short(alt, 20)}）` : ""}`;
      if (!UPLOAD_SRC.test(String(node.attrs?.src ?? ""))) {
        problems.push({
          kind: "imageSource",
          ordinal: images,
          message: `${name}不是本报上传的文件：图片必须通过上传添加。`,
        });
      } else if (!alt) {
        problems.push({
          kind: "imageAlt",
          ordinal: images,
          message: `${name}缺少替代文字（供读屏软件朗读），每张图片都需要填写。`,
        });
      }
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return problems;
}
