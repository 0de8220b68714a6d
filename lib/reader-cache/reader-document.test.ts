import { describe, expect, it } from "vitest";
import { keepDocumentOnly, withoutClientRuntime } from "./reader-document.cjs";

// The shape of Next 16's output for a reader page (abridged): chunks, their preload, the
// bootstrap, the inline payload; beside them the page's own JSON-LD and the print script.
const PAGE = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/p.js" noModule=""></script>',
  '<script src="/print-button.js" async=""></script>',
  '<link rel="canonical" href="https://example.org/articles/x"/></head><body>',
  "<article><h1>区领导调研</h1><p>正文写到 &lt;script&gt; 和 self.__next_f 也照常显示。</p></article>",
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003cp\\u003e"])</script>',
  "</body></html>",
].join("");

describe("withoutClientRuntime", () => {
  it("takes out Next's chunks, their preloads, the bootstrap and the inline payload", () => {
    const html = withoutClientRuntime(PAGE);
    expect(html).not.toContain("/_next/static/chunks/b.js");
    expect(html).not.toContain("/_next/static/chunks/p.js");
    expect(html).not.toContain("TURBOPACK");
    expect(html).not.toMatch(/<script>\(?self\.__next_f/);
  });

  it("keeps the page itself: text, styles, canonical address, JSON-LD and the print script", () => {
    const html = withoutClientRuntime(PAGE);
    expect(html).toContain(
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    );
    expect(html).toContain('<script src="/print-button.js" async=""></script>');
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(html).toContain("<p>正文写到 &lt;script&gt; 和 self.__next_f 也照常显示。</p>");
    expect(html).toContain('<link rel="canonical" href="https://example.org/articles/x"/>');
  });

  it("changes nothing in a page without the runtime", () => {
    const once = withoutClientRuntime(PAGE);
    expect(withoutClientRuntime(once)).toBe(once);
  });
});

describe("keepDocumentOnly", () => {
  it("rewrites the HTML of an app page Next is about to store and send, leaving its navigation payload", () => {
    const value = { kind: "APP_PAGE", html: PAGE, rscData: Buffer.from("payload"), status: 200 };
    keepDocumentOnly(value);
    expect(value.html).toBe(withoutClientRuntime(PAGE));
    expect(value.rscData.toString()).toBe("payload");
  });

  it("leaves other cached values alone", () => {
    const route = { kind: "APP_ROUTE", body: Buffer.from(PAGE) };
    keepDocumentOnly(route);
    expect(route.body.toString()).toBe(PAGE);
  });
});

describe("keepDocumentOnly and pages drawn in the browser", () => {
  it("leaves a not-found page its runtime: Next draws it from the payload", () => {
    const value = { kind: "APP_PAGE", html: PAGE, status: 404 };
    keepDocumentOnly(value);
    expect(value.html).toBe(PAGE);
  });

  it("takes it out of a withdrawn article's notice, which is rendered whole", () => {
    const value = { kind: "APP_PAGE", html: PAGE, status: 410 };
    keepDocumentOnly(value);
    expect(value.html).toBe(withoutClientRuntime(PAGE));
  });
});
