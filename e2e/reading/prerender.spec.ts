import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { RENDER_MARGIN_MS } from "@/lib/reader-cache/invalidation-reader.cjs";
import { beijingLocal } from "../fixtures/beijing-time";
import { approvedArticle, createIssue, placeInIssue, signedInPage } from "../fixtures/newsroom";

/**
 * When the server last kept a reader page, read from its page store without asking for the page
 * (asking would render it): null while it has none.
 */
function keptAt(pagePath: string): number | null {
  const store = new Database(path.resolve(".next", "cache", "reader-pages.db"), { readonly: true });
  try {
    const row = store.prepare("SELECT rendered_at FROM page WHERE key = ?").get(`/zh-CN${pagePath}`) as
      { rendered_at: number } | undefined;
    return row?.rendered_at ?? null;
  } finally {
    store.close();
  }
}

test("a scheduled issue's pages are rendered when it goes live, before any reader asks", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const headline = `中原区启用新建社区食堂${stamp}`;
  await approvedArticle(browser, headline, "本报讯 中原区首批六家社区食堂今日启用，可同时容纳四百人就餐。");

  const editor = await signedInPage(browser, "editor");
  const number = await createIssue(editor, 7000, "2019-05-05");
  await placeInIssue(editor, headline);
  const articlePath = (await editor
    .getByRole("region", { name: /要闻/ })
    .getByRole("link", { name: headline })
    .getAttribute("href"))!.replace("/newsroom", "");

  const moment = beijingLocal(8000);
  await editor.getByLabel("定时发布（北京时间）").fill(moment);
  await editor.getByRole("button", { name: "定时发布" }).click();
  await expect(editor.getByText("已定时。到时本期将自动发布。")).toBeVisible();
  const goesLive = Date.parse(`${moment}+08:00`);
  await editor.context().close();

  // Nobody asks for anything: the server renders the issue and its article once they are live
  // (after the render margin: a page finished sooner counts as rendered before the change).
  for (const pagePath of [`/issues/${number}`, articlePath]) {
    await expect
      .poll(() => keptAt(pagePath) ?? 0, { timeout: 60_000, intervals: [500] })
      .toBeGreaterThanOrEqual(goesLive + RENDER_MARGIN_MS);
  }

  // The first reader gets the kept page, with the article in it: nothing is rendered for them.
  const reader = await (await browser.newContext()).newPage();
  const issue = await reader.request.get(`/issues/${number}`);
  expect(issue.headers()["x-reader-cache"]).toBe("hit");
  expect(await issue.text()).toContain(headline);
  const article = await reader.request.get(articlePath);
  expect(article.headers()["x-reader-cache"]).toBe("hit");
  expect(await article.text()).toContain("可同时容纳四百人就餐");
});
