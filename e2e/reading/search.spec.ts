import { expect, test } from "@playwright/test";

test("a reader searches the archive for a two-character word and sees highlighted results", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "搜索" }).click();
  await page.getByLabel("搜索关键词").fill("网格");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  const results = page.getByRole("region", { name: /共找到/ });
  await expect(results.getByRole("heading", { name: /共找到/ })).toHaveText(/“网格”共找到 \d+ 篇文章/);
  const first = results.getByRole("listitem").first();
  await expect(first.getByRole("link")).toContainText("区领导调研党建引领网格化基层治理工作");
  await expect(first.locator("mark").first()).toHaveText("网格");
  await first.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("区领导调研党建引领网格化基层治理工作");
});

test("longer words, numbers and filters work, and nothing found says so", async ({ page }) => {
  await page.goto("/search?q=机器人产业");
  await expect(page.getByRole("heading", { name: "“机器人产业”共找到 1 篇文章" })).toBeVisible();
  await page.goto("/search?q=党建&section=jiceng-zhili");
  await expect(page.getByRole("heading", { name: "“党建”共找到 1 篇文章" })).toBeVisible();
  await page.goto("/search?q=党建&year=2019");
  await expect(page.getByRole("heading", { name: "没有找到与“党建”相关的文章。" })).toBeVisible();
});

test("a search for a name marks the name in the result's byline", async ({ page }) => {
  await page.goto("/search?q=" + encodeURIComponent("付铭扬"));
  const result = page.getByRole("listitem").first();
  await expect(result.getByRole("link")).toContainText("区领导调研党建引领网格化基层治理工作");
  await expect(result.locator("mark")).toHaveText(["付铭扬"]);
  await expect(result).toContainText("记者 鲁燕 通讯员 付铭扬");
});
