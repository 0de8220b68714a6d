import { expect, test } from "@playwright/test";
import { approvedArticle, confirmInDialog, createIssue, signedInPage } from "../fixtures/newsroom";
import { screens } from "../fixtures/screens";

test("publishing, adding to a live issue and withdrawing it ask first; readers of a withdrawn article get 410", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const first = `中原区开展消防演练${stamp}`;
  const later = `中原区新增公交线路${stamp}`;
  await approvedArticle(browser, first, "本报讯 近日，中原区在林山寨街道开展消防演练，三百名居民参加。");
  await approvedArticle(browser, later, "本报讯 中原区新开通两条社区公交线路。");

  const editor = await signedInPage(browser, "editor");
  const number = await createIssue(editor, 9000, "2020-03-03");
  const pool = editor.getByRole("region", { name: /可编入的稿件/ });
  // Not live yet: adding asks nothing.
  await pool
    .getByRole("listitem")
    .filter({ hasText: first })
    .getByRole("button", { name: /编入本期/ })
    .click();
  const planned = editor.getByRole("region", { name: /未分栏目/ });
  await expect(planned.getByRole("link", { name: first, exact: true })).toBeVisible();
  await expect(editor.getByRole("dialog")).toBeHidden();
  await expect(editor.getByText("本期已上线，改动立即对读者可见。")).toHaveCount(0);

  // 立即发布 says what will happen; Esc or 取消 does nothing.
  await editor.getByRole("button", { name: "立即发布" }).click();
  const dialog = editor.getByRole("dialog", { name: `立即发布第${number}期？` });
  await expect(dialog).toContainText("本期 1 篇稿件将立即出现在网站首页");
  await expect(dialog.getByRole("button", { name: "取消" })).toBeFocused();
  await screens(editor, "confirm-publish");
  await editor.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(editor.getByRole("heading", { level: 1 })).toContainText("编排中");
  await editor.getByRole("button", { name: "立即发布" }).click();
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toContainText("编排中");
  await editor.getByRole("button", { name: "立即发布" }).click();
  await confirmInDialog(editor, "立即发布");
  await expect(editor.getByText("本期已发布。")).toBeVisible();
  await expect(editor.getByText("本期已上线，改动立即对读者可见。")).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/issues/${number}`);
  await reader.getByRole("link", { name: first }).click();
  await expect(reader).toHaveURL(/\/articles\//);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(first);
  const firstUrl = new URL(reader.url()).pathname;
  expect((await reader.request.get(firstUrl)).status()).toBe(200);

  // Adding to the live issue publishes the article: asked first, with what it means.
  await pool
    .getByRole("listitem")
    .filter({ hasText: later })
    .getByRole("button", { name: /编入本期/ })
    .click();
  const adding = editor.getByRole("dialog", { name: "编入已上线的一期？" });
  await expect(adding).toContainText(`《${later}》将随第${number}期立即发布`);
  await screens(editor, "live-planner-confirm-add");
  await confirmInDialog(editor, "编入并发布");
  await expect(planned.getByRole("link", { name: later, exact: true })).toBeVisible();
  await expect.poll(async () => (await reader.request.get(`/issues/${number}`)).text()).toContain(later);
  await screens(editor, "live-planner");

  // 撤下本期: the reason first, then a red confirmation.
  await editor.getByRole("button", { name: "撤下本期" }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "请填写撤下的理由。" })).toBeVisible();
  await expect(editor.getByRole("dialog")).toBeHidden();
  await editor.getByLabel("撤下理由").fill("演练人数有误");
  await editor.getByRole("button", { name: "撤下本期" }).click();
  await expect(editor.getByRole("dialog", { name: `撤下第${number}期？` })).toContainText("演练人数有误");
  await confirmInDialog(editor, "撤下本期");
  await expect(editor.getByText("本期已撤下。")).toBeVisible();

  // The reader's cached page is replaced at once by the notice, as 410, without the article's text
  // or headline; sent again from the page cache, it is still 410.
  for (let visit = 0; visit < 2; visit++) {
    const gone = await reader.request.get(firstUrl);
    const html = await gone.text();
    expect(gone.status(), html.slice(0, 3000)).toBe(410);
    expect(html).toContain("该稿件已撤下");
    expect(html).toContain(`原刊于第${number}期`);
    expect(html).not.toContain("三百名居民");
    expect(html).not.toContain(first);
  }
  const english = await reader.request.get(`/en${firstUrl}`);
  expect(english.status()).toBe(410);
  expect(await english.text()).toContain("This article has been withdrawn");
  const response = await reader.goto(firstUrl);
  expect(response?.status()).toBe(410);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("该稿件已撤下");
  await screens(reader, "withdrawn-article");

  // Never public is still a plain 404.
  expect((await reader.request.get("/articles/never-published-article")).status()).toBe(404);
});
