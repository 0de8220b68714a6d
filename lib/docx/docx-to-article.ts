import type { JSONContent } from "@tiptap/core";
import { HEADLINE_MAX, SUBTITLE_MAX } from "@/lib/articles/article-input";
import type { BylineCredit } from "@/lib/import/archive-types";
import { parseBylineLines } from "@/lib/import/parse-byline";
import type { DocxBlock } from "./docx-html-to-blocks";

export interface DocxArticle {
  headline: string;
  subtitle: string;
  /** The body's blocks; images still carry the converter's placeholder src. */
  content: JSONContent[];
  /** The 记者/通讯员 line at the end, or empty when the document has none. */
  credits: BylineCredit[];
}

/** A caption the way Chinese copy writes one under a picture, when Word's caption style is not used. */
const CAPTION_START = /^(图为|图：|图:|上图|下图|▲|△|（图|\(图)/;
/** `（李华 摄）` at a caption's end names the photographer. */
const PHOTO_CREDIT =
  /[（(]\s*([\p{Script=Han}·]{2,5})\s*摄\s*[）)]\s*$|\s+([\p{Script=Han}·]{2,5})\s*摄\s*$/u;
const SENTENCE_END = /[。！？!?…；;]$/;

const unbracket = (text: string) =>
  text
    .trim()
    .replace(/^[（(]\s*/, "")
    .replace(/\s*[）)]$/, "");
const chars = (text: string) => Array.from(text).length;

/** A deck follows the headline: Word's Subtitle style, a line opened by a dash, or a short line that is not a sentence. */
function isDeck(block: DocxBlock | undefined, headlineFromStyle: boolean): boolean {
  if (!block || block.node.type !== "paragraph" || chars(block.text) > SUBTITLE_MAX) return false;
  if (block.role === "subtitle" || /^[—-]{1,2}/.test(block.text)) return true;
  return !headlineFromStyle && chars(block.text) <= 40 && !SENTENCE_END.test(block.text.trim());
}

/** The byline at the end: its last paragraph, or its last two (`记者 …` and `通讯员 …` on lines of their own). */
function takeByline(blocks: DocxBlock[]): BylineCredit[] {
  const lastLines = (n: number) => {
    const last = blocks.slice(-n);
    return last.length === n && last.every((b) => b.node.type === "paragraph")
      ? last.map((b) => unbracket(b.text))
      : null;
  };
  // Two lines first: `记者 鲁燕` above `通讯员 王飞` is one byline, not a last line and a stray one.
  for (const n of [2, 1]) {
    const lines = lastLines(n);
    const credits = lines && parseBylineLines(lines);
    if (credits) {
      blocks.splice(-n);
      return credits;
    }
  }
  return [];
}

/** The caption paragraph right after a picture goes onto the picture, its `（X 摄）` as the credit. */
function attachCaptions(blocks: DocxBlock[], fallbackAlt: string): JSONContent[] {
  const content: JSONContent[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (block.node.type !== "image") {
      content.push(block.node);
      continue;
    }
    const next = blocks[i + 1];
    let caption = "";
    let credit = "";
    if (next?.node.type === "paragraph" && (next.role === "caption" || CAPTION_START.test(next.text))) {
      const match = PHOTO_CREDIT.exec(next.text);
      credit = match ? (match[1] ?? match[2]) : "";
      caption = (match ? next.text.slice(0, match.index) : next.text).trim();
      i += 1;
    }
    const alt = String(block.node.attrs?.alt ?? "") || caption || fallbackAlt;
    content.push({ ...block.node, attrs: { ...block.node.attrs, alt, caption, credit } });
  }
  return content;
}

/**
 * A Word document's blocks as an article: the title (Word's Title style, a first heading, or
 * a short first line) is the headline, a deck under it the subtitle, the byline line at the
 * end the credits, and a caption under a picture that picture's 图片说明.
 */
export function docxToArticle(input: DocxBlock[]): DocxArticle {
  const blocks = [...input];
  let headline = "";
  let headlineFromStyle = false;
  const first = blocks[0];
  if (first && (first.role === "title" || first.role === "heading") && chars(first.text) <= HEADLINE_MAX) {
    headline = first.text.trim();
    headlineFromStyle = true;
    blocks.shift();
  } else if (
    first?.node.type === "paragraph" &&
    chars(first.text) <= HEADLINE_MAX &&
    !SENTENCE_END.test(first.text.trim())
  ) {
    headline = first.text.trim();
    blocks.shift();
  }
  let subtitle = "";
  if (headline && isDeck(blocks[0], headlineFromStyle)) {
    subtitle = blocks
      .shift()!
      .text.trim()
      .replace(/^[—-]+\s*/, "");
  }
  const credits = takeByline(blocks);
  return {
    headline,
    subtitle,
    content: attachCaptions(blocks, headline ? `${headline}（配图）` : "文中配图"),
    credits,
  };
}
