import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPage, keepPage, type PageArtifact, rememberPage } from "./page-artifacts.cjs";

const STATE = Symbol.for("zhongyuan.readerPageArtifacts");
/** Drops this process's memory level, as a second server process would start without it. */
const asAnotherProcess = () => delete (globalThis as Record<symbol, unknown>)[STATE];

const page = (body: string, renderedAt: number): PageArtifact => ({
  body: Buffer.from(body),
  status: 200,
  contentType: "text/html; charset=utf-8",
  etag: '"e"',
  tags: ["_N_T_/layout"],
  renderedAt,
});

describe("page artifacts", () => {
  const cwd = process.cwd();
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "reader-pages-"));
    mkdirSync(path.join(dir, ".next"));
    writeFileSync(path.join(dir, ".next", "BUILD_ID"), "build-1");
    process.chdir(dir);
    asAnotherProcess();
  });
  afterAll(() => {
    asAnotherProcess();
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  it("a page kept by one process is found by another, and a newer render wins", () => {
    keepPage("/zh-CN/articles/a", page("<p>old</p>", 1000));
    keepPage("/zh-CN/articles/a", page("<p>new</p>", 2000));
    keepPage("/zh-CN/articles/a", page("<p>stale</p>", 1500));
    asAnotherProcess();
    expect(findPage("/zh-CN/articles/a")?.body.toString()).toBe("<p>new</p>");
  });

  it("pages of another build are never found", () => {
    keepPage("/zh-CN/issues/1", page("<p>issue</p>", 1000));
    writeFileSync(path.join(dir, ".next", "BUILD_ID"), "build-2");
    asAnotherProcess();
    expect(findPage("/zh-CN/issues/1")).toBeUndefined();
  });

  it("gives the space of an earlier build's pages back to the disk", () => {
    const file = path.join(dir, ".next", "cache", "reader-pages.db");
    const body = "<p>页</p>".repeat(2000);
    for (let i = 0; i < 400; i++) keepPage(`/zh-CN/articles/big-${i}`, page(body, 5000 + i));
    const full = statSync(file).size;
    writeFileSync(path.join(dir, ".next", "BUILD_ID"), "build-3");
    asAnotherProcess();
    expect(findPage("/zh-CN/articles/big-1")).toBeUndefined();
    expect(statSync(file).size).toBeLessThan(full / 4);
  });

  it("keeps only whole pages Next rendered, under their path", () => {
    const headers = { "x-next-cache-tags": "_N_T_/layout,_N_T_/zh-CN/articles/b" };
    rememberPage(
      "/route-cache/APP_PAGE/abc/$/zh-CN/articles/b",
      { kind: "APP_PAGE", html: "<html>b</html>", headers, status: 200 },
      3000,
    );
    rememberPage(
      "/route-cache/APP_PAGE/abc/$/zh-CN/articles/c",
      { kind: "APP_PAGE", html: "<html>c</html>", headers, postponed: "x" },
      3000,
    );
    rememberPage("fetch-key", { kind: "FETCH", data: {} }, 3000);
    expect(findPage("/zh-CN/articles/b")).toMatchObject({
      status: 200,
      tags: ["_N_T_/layout", "_N_T_/zh-CN/articles/b"],
      renderedAt: 3000,
    });
    expect(findPage("/zh-CN/articles/c")).toBeUndefined();
    expect(findPage("fetch-key")).toBeUndefined();
  });
});
