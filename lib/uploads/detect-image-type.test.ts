import { describe, expect, it } from "vitest";
import { detectImageType } from "./detect-image-type";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

describe("detectImageType", () => {
  it.each([
    ["image/png", bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ["image/jpeg", bytes([0xff, 0xd8, 0xff, 0xe0])],
    ["image/gif", bytes("GIF89a", [1, 0])],
    ["image/webp", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 ")],
  ])("recognises %s by its bytes", (type, data) => {
    expect(detectImageType(data)).toBe(type);
  });

  it.each([
    ["an SVG (scripts inside)", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>')],
    ["HTML named .png", bytes("<html><script>alert(1)</script>")],
    ["an empty file", bytes()],
    ["a RIFF that is not WebP", bytes("RIFF", [0, 0, 0, 0], "WAVEfmt ")],
  ])("refuses %s", (_, data) => {
    expect(detectImageType(data)).toBeNull();
  });
});
