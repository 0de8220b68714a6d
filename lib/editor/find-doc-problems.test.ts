import { describe, expect, it } from "vitest";
import { findDocProblems } from "./find-doc-problems";

describe("findDocProblems", () => {
  it("lists every refused image and link with its ordinal among images or linked runs", () => {
    const link = (text: string, href: string) => ({
      type: "text",
      text,
      marks: [{ type: "link", attrs: { href } }],
    });
    const doc = {
      type: "doc",
      content: [
        { type: "paragraph", content: [link("好", "https://a.cn"), link("坏", "javascript:x")] },
        { type: "image", attrs: { src: "/api/uploads/cm1abcdefghij", alt: "" } },
        { type: "image", attrs: { src: "file:///C:/a.png", alt: "" } },
      ],
    };
    expect(findDocProblems(doc).map(({ kind, ordinal }) => ({ kind, ordinal }))).toEqual([
      { kind: "link", ordinal: 2 },
      { kind: "imageAlt", ordinal: 1 },
      { kind: "imageSource", ordinal: 2 },
    ]);
  });

  it("finds nothing wrong with placeholders", () => {
    expect(
      findDocProblems({ type: "doc", content: [{ type: "imagePlaceholder", attrs: { alt: "x" } }] }),
    ).toEqual([]);
  });
});
