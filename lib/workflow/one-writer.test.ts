import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Holds the line of apply-article-change.ts: it is the only code that builds a WorkflowEvent
// or writes an article's status or review stage. A second writer would bring back what it
// replaced (events built by hand, states written without the table or the guard).

const ROOT = path.resolve(__dirname, "..", "..");
const WRITER = "lib/workflow/apply-article-change.ts";

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const files = ["lib", "app", "scripts"].flatMap(sources);

/** Lines of `file` matching `pattern` (which may span lines), as `file:line`. */
function hits(pattern: RegExp): string[] {
  return files.flatMap((file) => {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    return [...text.matchAll(pattern)].map((m) => `${file}:${text.slice(0, m.index).split("\n").length}`);
  });
}

describe("the one writer of article state", () => {
  it("is the only place a WorkflowEvent is built or inserted", () => {
    const writers = hits(/workflowEvent\.create|"WorkflowEvent"|events:\s*\{\s*create/g);
    expect(writers.length).toBeGreaterThan(0);
    expect(writers.filter((hit) => !hit.startsWith(WRITER))).toEqual([]);
  });

  it("is the only place an article's status or review stage is written", () => {
    // An update of articles whose statement sets status or reviewStage; creating a draft (the
    // default status) and reading are not writes of state.
    const writes = hits(/\.article\.(update|updateMany|upsert)\(\{[^;]*?\b(status|reviewStage)\s*:/g);
    expect(writes.filter((hit) => !hit.startsWith(WRITER))).toEqual([]);
  });
});
