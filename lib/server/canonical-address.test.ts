import { describe, expect, it } from "vitest";
import { canonicalReaderAddress, withoutDotSegments } from "./canonical-address";

describe("canonicalReaderAddress", () => {
  it("sends upper-case and percent-encoded spellings of a reader address to the one spelling", () => {
    expect(canonicalReaderAddress("/Issues/1")).toBe("/issues/1");
    expect(canonicalReaderAddress("/ARTICLES/abc123")).toBe("/articles/abc123");
    expect(canonicalReaderAddress("/Search?q=%E5%85%9A%E5%BB%BA&page=2")).toBe(
      "/search?q=%E5%85%9A%E5%BB%BA&page=2",
    );
    expect(canonicalReaderAddress("/%65n/search?q=x")).toBe("/en/search?q=x");
  });

  it("leaves addresses as written, and ones no reader page has, alone", () => {
    expect(canonicalReaderAddress("/issues/1")).toBeNull();
    expect(canonicalReaderAddress("/search?q=%E5%85%9A")).toBeNull();
    expect(canonicalReaderAddress("/articles/%E5%85%9A")).toBeNull();
    expect(canonicalReaderAddress("/%2e%2e/package.json")).toBeNull();
    expect(canonicalReaderAddress("/a%2F%2Fb")).toBeNull();
    expect(canonicalReaderAddress("/%E0%A4%A")).toBeNull();
  });
});

describe("withoutDotSegments", () => {
  it("resolves dot segments, encoded ones too, keeping the query", () => {
    expect(withoutDotSegments("/api/../issues/1")).toBe("/issues/1");
    expect(withoutDotSegments("/newsroom/%2e%2E/search?q=x")).toBe("/search?q=x");
    expect(withoutDotSegments("/issues/./1")).toBe("/issues/1");
  });

  it("never resolves to another host, and leaves plain addresses alone", () => {
    expect(withoutDotSegments("/a/b/../../..//evil.example")).toBe("/evil.example");
    expect(withoutDotSegments("/issues/1")).toBeNull();
    expect(withoutDotSegments("/articles/a.b")).toBeNull();
    expect(withoutDotSegments("/search?q=../x")).toBeNull();
  });
});
