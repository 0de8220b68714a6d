import { describe, expect, it } from "vitest";
import { applyPageStatus } from "./page-status.cjs";

const page = (html: string) => ({ kind: "APP_PAGE", html, status: 200 });

describe("applyPageStatus", () => {
  it("answers 410 for a page carrying the withdrawn notice's marker", () => {
    const value = page('<main><section data-reader-status="410"><h1>该稿件已撤下</h1></section></main>');
    applyPageStatus(value);
    expect(value.status).toBe(410);
  });

  it("leaves other pages alone, also when their text talks about the marker", () => {
    // As article text, the attribute arrives escaped (React) or not at all (the sanitizer).
    const value = page("<p>data-reader-status=&quot;410&quot;</p>");
    applyPageStatus(value);
    expect(value.status).toBe(200);
    const route = { kind: "APP_ROUTE", body: 'data-reader-status="410"', status: 200 };
    applyPageStatus(route);
    expect(route.status).toBe(200);
  });
});
