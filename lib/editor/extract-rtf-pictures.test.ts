import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractRtfPictures } from "./extract-rtf-pictures";

const fixture = (name: string) => readFileSync(`e2e/fixtures/clipboard/${name}`);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("extractRtfPictures", () => {
  it("reads the PNG of a Word 2016 clipboard, skipping its WMF fallback and the theme's hex data", () => {
    const pictures = extractRtfPictures(fixture("word-2016.rtf").toString("latin1"));
    expect(pictures).toHaveLength(1);
    expect(pictures[0]!.type).toBe("image/png");
    expect(Buffer.from(pictures[0]!.bytes!).equals(fixture("word-picture.png"))).toBe(true);
  });

  it("reads the JPEG of a WPS clipboard", () => {
    const pictures = extractRtfPictures(fixture("wps-2019.rtf").toString("latin1"));
    expect(pictures).toHaveLength(1);
    expect(pictures[0]!.type).toBe("image/jpeg");
    expect(Buffer.from(pictures[0]!.bytes!).equals(fixture("wps-picture.jpg"))).toBe(true);
  });

  it("keeps the order of several pictures and a slot for one it cannot use", () => {
    const png = hex(fixture("word-picture.png"));
    const rtf =
      `{\\rtf1{\\*\\shppict{\\pict\\picw10\\pich10\\pngblip\r\n${png}}}{\\nonshppict{\\pict\\wmetafile8 0100}}` +
      `{\\pict\\emfblip 01000000}` +
      `{\\*\\shppict{\\pict{\\*\\picprop{\\sp{\\sn wzDescription}{\\sv abc}}}\\jpegblip\\bliptag5{\\*\\blipuid 0123456789abcdef}ffd8ffe000104a46}}}`;
    const pictures = extractRtfPictures(rtf);
    expect(pictures.map((p) => p.type)).toEqual(["image/png", null, "image/jpeg"]);
    expect(hex(pictures[2]!.bytes!)).toBe("ffd8ffe000104a46");
  });

  it("refuses data that does not start like the format it claims", () => {
    expect(extractRtfPictures("{\\rtf1{\\pict\\pngblip ffd8ffe0}}")).toEqual([{ type: null, bytes: null }]);
  });

  it("is bounded: too large a picture is a slot without data, too long a text gives nothing", () => {
    const png = hex(fixture("word-picture.png"));
    const limits = { maxChars: 10_000, maxPictures: 2, maxPictureBytes: 100 };
    expect(extractRtfPictures(`{\\rtf1{\\pict\\pngblip ${png}}}`, limits)).toEqual([
      { type: null, bytes: null },
    ]);
    expect(extractRtfPictures(`{\\rtf1{\\pict\\pngblip ${"0".repeat(10_001)}}}`, limits)).toEqual([]);
    expect(extractRtfPictures("{\\pict\\pngblip 00}".repeat(5), limits)).toHaveLength(2);
  });

  it("reads a few megabytes of RTF quickly", () => {
    const photo = `89504e470d0a1a0a${"ab".repeat(2 * 1024 * 1024)}`;
    const rtf = `{\\rtf1 ${"{\\f1 \\'b1\\'be}".repeat(20_000)}{\\pict\\pngblip\r\n${photo}}}`;
    const started = performance.now();
    const [picture] = extractRtfPictures(rtf);
    expect(picture!.bytes!.length).toBe(2 * 1024 * 1024 + 8);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("ignores escaped braces and binary data", () => {
    expect(extractRtfPictures("{\\rtf1 \\{\\pict\\pngblip 89504e47\\} text}")).toEqual([]);
    expect(extractRtfPictures("{\\rtf1{\\pict\\pngblip\\bin4 ab}c}}")).toEqual([{ type: null, bytes: null }]);
  });
});
