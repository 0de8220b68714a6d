import { expect, test } from "@playwright/test";
import { createDraft, expectSaved, signIn } from "../fixtures/newsroom";

test("a reporter opening an editor's or admin's page is told 没有权限 (403) and finds the way back", async ({
  page,
}) => {
  await signIn(page, "reporter");
  const pages = [
    "/newsroom/issues",
    "/newsroom/issues/1",
    "/newsroom/quality",
    "/newsroom/review",
    "/newsroom/people",
    "/newsroom/settings",
    "/newsroom/preview/issues/1",
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: /没有权限/ }), path).toBeVisible();
    await expect(page.getByText("您的账号没有打开此页面的权限。如需使用，请联系管理员。")).toBeVisible();
    await expect(
      page.getByText("Your account does not have permission to open this page.", { exact: false }),
    ).toBeVisible();
    await expect(page.getByText("当前身份：记者")).toBeVisible();
    await expect(page.getByText("页面不存在")).toHaveCount(0);
  }
  // Still in the newsroom, with its own menu: one click back to work.
  await page.getByRole("link", { name: /返回工作台/ }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
  await expect(page.getByRole("heading", { name: "我的稿件" })).toBeVisible();
});

test("another reporter's draft says 没有权限 exactly as an unknown article does; readers still get 页面不存在", async ({
  browser,
}) => {
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, "reporter");
  const url = new URL(await createDraft(owner));
  await owner.getByLabel("标题", { exact: true }).fill("只给作者看的草稿");
  await expectSaved(owner);
  const id = url.pathname.split("/").at(-1)!;

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, "reporter2");
  const seen: string[] = [];
  for (const path of [url.pathname, "/newsroom/articles/no-such-article"]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(other.getByRole("heading", { name: /没有权限/ })).toBeVisible();
    await expect(other.getByText("此稿件或页面不存在，或者您没有权限查看。")).toBeVisible();
    seen.push(await other.locator("main").innerText());
  }
  // The same words for both: the page never confirms the draft is there.
  expect(seen[0]).toBe(seen[1]);
  await expect(other.getByText("只给作者看的草稿")).toHaveCount(0);

  // The reading site's address of the draft is the readers' plain 404, whoever asks.
  const response = await other.goto(`/articles/${id}`);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(other.getByText("只给作者看的草稿")).toHaveCount(0);
  await context.close();

  // Not signed in: sign in first, and no hint of either answer.
  const anonymous = await (await browser.newContext()).newPage();
  for (const path of ["/newsroom/quality", url.pathname]) {
    await anonymous.goto(path);
    await expect(anonymous).toHaveURL(/\/login/);
  }
  await owner.context().close();
  await anonymous.context().close();
});
