import type { JSONContent } from "@tiptap/core";
import type { ChildNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { isSafeLinkHref } from "@/lib/editor/safe-url";

/** Where a paragraph came from in Word, as the style map in convert-docx.ts marks it. */
export type BlockRole = "title" | "subtitle" | "caption" | "heading" | null;

/** One top-level block of the document, with its text for the headline/deck/byline rules. */
export interface DocxBlock {
  node: JSONContent;
  role: BlockRole;
  text: string;
}

/** Marks the editor has, by the tags mammoth writes for them. */
const MARKS: Record<string, string> = {
  strong: "bold",
  b: "bold",
  em: "italic",
  i: "italic",
  s: "strike",
  del: "strike",
};

const isElement = (node: ChildNode): node is Element => node.type === "tag";

function textOf(node: ChildNode): string {
  if (node.type === "text") return node.data;
  return isElement(node) ? node.children.map(textOf).join("") : "";
}

function imageNode(element: Element): JSONContent {
  return {
    type: "image",
    attrs: { src: element.attribs.src ?? "", alt: (element.attribs.alt ?? "").trim() },
  };
}

/**
 * Inline content of a paragraph, with images lifted out: an image is a block in the editor, so a
 * paragraph holding one is split around it.
 */
function inlineRuns(
  nodes: ChildNode[],
  marks: JSONContent["marks"] = [],
): (JSONContent | { image: JSONContent })[] {
  const runs: (JSONContent | { image: JSONContent })[] = [];
  for (const node of nodes) {
    if (node.type === "text") {
      if (node.data)
        runs.push(
          marks.length > 0 ? { type: "text", text: node.data, marks } : { type: "text", text: node.data },
        );
    } else if (isElement(node)) {
      if (node.name === "img") runs.push({ image: imageNode(node) });
      else if (node.name === "br") runs.push({ type: "hardBreak" });
      else if (MARKS[node.name])
        runs.push(...inlineRuns(node.children, [...marks, { type: MARKS[node.name] }]));
      else if (node.name === "a" && isSafeLinkHref(node.attribs.href ?? ""))
        runs.push(
          ...inlineRuns(node.children, [...marks, { type: "link", attrs: { href: node.attribs.href } }]),
        );
      else runs.push(...inlineRuns(node.children, marks));
    }
  }
  return runs;
}

/**
 * Trims a paragraph's edges: Word copy is indented with full-width spaces (　　) that the site's
 * own first-line indent would double, and trailing spaces mean nothing.
 */
function trimEdges(content: JSONContent[]): JSONContent[] {
  const result = content.map((node) => ({ ...node }));
  const first = result[0];
  if (first?.type === "text") first.text = (first.text ?? "").replace(/^[\s\u3000]+/, "");
  const last = result.at(-1);
  if (last?.type === "text") last.text = (last.text ?? "").replace(/[\s\u3000]+$/, "");
  return result.filter((node) => node.type !== "text" || node.text);
}

function roleOf(element: Element): BlockRole {
  const classes = (element.attribs.class ?? "").split(/\s+/);
  if (classes.includes("doc-title")) return "title";
  if (classes.includes("doc-subtitle")) return "subtitle";
  if (classes.includes("doc-caption")) return "caption";
  return /^h[1-6]$/.test(element.name) ? "heading" : null;
}

/** A paragraph or heading, split around any images it holds. */
function textBlocks(element: Element, type: "paragraph" | "heading"): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const role = roleOf(element);
  // Body headings: Word's 标题 1/2 are the article's 小标题 (h2), deeper ones h3.
  const attrs = type === "heading" ? { level: Number(element.name.slice(1)) <= 2 ? 2 : 3 } : undefined;
  let pending: JSONContent[] = [];
  const flush = () => {
    const content = trimEdges(pending);
    pending = [];
    const text = content.map((n) => n.text ?? "").join("");
    if (!text.trim()) return;
    blocks.push({ node: { type, ...(attrs ? { attrs } : {}), content }, role, text });
  };
  for (const run of inlineRuns(element.children)) {
    if ("image" in run) {
      flush();
      blocks.push({ node: run.image, role: null, text: "" });
    } else pending.push(run);
  }
  flush();
  return blocks;
}

function listNode(element: Element): JSONContent | null {
  const items = element.children.filter(isElement).filter((child) => child.name === "li");
  const content = items.map((item) => {
    const inline = trimEdges(
      inlineRuns(
        item.children.filter((child) => !(isElement(child) && (child.name === "ul" || child.name === "ol"))),
      ).filter((run): run is JSONContent => !("image" in run)),
    );
    const nested = item.children
      .filter(isElement)
      .filter((child) => child.name === "ul" || child.name === "ol")
      .map(listNode);
    return {
      type: "listItem",
      content: [
        inline.length > 0 ? { type: "paragraph", content: inline } : { type: "paragraph" },
        ...nested.filter((n): n is JSONContent => n !== null),
      ],
    };
  });
  return content.length > 0 ? { type: element.name === "ol" ? "orderedList" : "bulletList", content } : null;
}

/** A Word table as an editor table: a header row stays a header row; cells keep their text and marks. */
function tableNode(element: Element): DocxBlock[] {
  const rows: Element[] = [];
  const collect = (node: Element) =>
    node.children
      .filter(isElement)
      .forEach((child) => (child.name === "tr" ? rows.push(child) : collect(child)));
  collect(element);
  const content = rows.flatMap((row) => {
    const cells = row.children.filter(isElement).filter((cell) => cell.name === "td" || cell.name === "th");
    if (cells.length === 0) return [];
    return [
      {
        type: "tableRow",
        content: cells.map((cell) => {
          const inline = trimEdges(
            inlineRuns(cell.children).filter((run): run is JSONContent => !("image" in run)),
          );
          return {
            type: cell.name === "th" ? "tableHeader" : "tableCell",
            content: [inline.length > 0 ? { type: "paragraph", content: inline } : { type: "paragraph" }],
          };
        }),
      },
    ];
  });
  const text = rows.map((row) => textOf(row).trim()).join("\n");
  return content.length > 0 && text.trim() ? [{ node: { type: "table", content }, role: null, text }] : [];
}

/** Mammoth's HTML of a Word document as top-level editor blocks. */
export function docxHtmlToBlocks(html: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  for (const node of parseDocument(html).children) {
    if (!isElement(node)) continue;
    if (node.name === "p") blocks.push(...textBlocks(node, "paragraph"));
    else if (/^h[1-6]$/.test(node.name)) blocks.push(...textBlocks(node, "heading"));
    else if (node.name === "ul" || node.name === "ol") {
      const list = listNode(node);
      if (list) blocks.push({ node: list, role: null, text: textOf(node) });
    } else if (node.name === "table") blocks.push(...tableNode(node));
    else if (node.name === "img") blocks.push({ node: imageNode(node), role: null, text: "" });
    else if (node.name === "blockquote") {
      const content = textBlocks(node, "paragraph").map((b) => b.node);
      if (content.length > 0)
        blocks.push({ node: { type: "blockquote", content }, role: null, text: textOf(node) });
    }
  }
  return blocks;
}
