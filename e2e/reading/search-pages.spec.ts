import { expect, test } from "@playwright/test";
import { withoutClientRuntime } from "@/lib/reader-cache/reader-document.cjs";

// The production server makes a search's page itself, from the kept search page without a query
// and the results (lib/server/compose-search-page.ts), instead of having Next render it. A reader
// must not be able to tell: the page is the one Next renders for the same search, byte for byte.

test("a search's page made by the server is the page Next renders for that search", async ({ request }) => {
  // The pages without a query, which every search's page is made from, kept (a page rendered
  // within seconds of a newsroom change, as at the server's start, is rendered once more).
  for (const frame of ["/search", "/en/search"])
    await expect.poll(async () => (await request.get(frame)).headers()["x-reader-cache"]).toBe("hit");
  const searches = [
    "/search?q=" + encodeURIComponent("慈善 社区"),
    "/search?q=" + encodeURIComponent(`<慈善>&"'`),
    "/search?q=" + encodeURIComponent("无此词语"),
    "/en/search?q=" + encodeURIComponent("金奖"),
  ];
  for (const url of searches) {
    const made = await request.get(url);
    expect(made.status()).toBe(200);
    // The first request for this search, yet not rendered by Next: the server made it.
    expect(made.headers()["x-reader-cache"], url).toBe("hit");
    // A header addressed to Next (next-*) is not a plain page request: Next renders the page,
    // with its client runtime, which reader pages are sent without.
    const rendered = await request.get(url, { headers: { "next-test-render": "1" } });
    expect(rendered.headers()["x-reader-cache"]).toBeUndefined();
    expect(await made.text(), url).toBe(withoutClientRuntime(await rendered.text()));
  }
});

test("a reader's search shows what was searched, in the box and the title, and can be changed", async ({
  page,
}) => {
  await page.goto("/search");
  await page.getByLabel("搜索关键词").fill("中原区");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.getByRole("heading", { name: /“中原区”共找到 \d+ 篇文章/ })).toBeVisible();
  await expect(page.getByLabel("搜索关键词")).toHaveValue("中原区");
  await expect(page).toHaveTitle("中原区 - 搜索 - 中原区报");
  await page.getByLabel("搜索关键词").fill("机器人产业");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.getByRole("heading", { name: "“机器人产业”共找到 1 篇文章" })).toBeVisible();
  await expect(page.getByRole("listitem").first().getByRole("link")).toContainText("中原区政府2023年");
});

test("a reader switching language on a search's results keeps the search", async ({ page }) => {
  await page.goto("/search?q=" + encodeURIComponent("网格"));
  await page.getByRole("link", { name: "Switch to English" }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=%E7%BD%91%E6%A0%BC$/);
  await expect(page.getByRole("heading", { name: /found for “网格”/ })).toBeVisible();
  await expect(page.getByLabel("Search terms")).toHaveValue("网格");
  await page.getByRole("link", { name: "切换到中文" }).click();
  await expect(page).toHaveURL(/\/search\?q=%E7%BD%91%E6%A0%BC$/);
  await expect(page.getByRole("heading", { name: /“网格”共找到/ })).toBeVisible();
});

test("a year or a section without words lists its articles, newest first; punctuation alone is not a word", async ({
  page,
}) => {
  await page.goto("/search");
  await page.getByLabel("年份").selectOption("2023");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.getByRole("heading", { name: "2023年：共 5 篇文章，最新的在前" })).toBeVisible();
  await expect(page.getByRole("article").or(page.locator("ol > li"))).toHaveCount(5);
  await page.getByLabel("栏目").selectOption({ label: "基层治理" });
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(
    page.getByRole("heading", { name: "2023年 “基层治理”栏目：共 1 篇文章，最新的在前" }),
  ).toBeVisible();
  await page.locator("ol > li").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("区领导调研");

  await page.goto("/search");
  await page.getByLabel("搜索关键词").fill("，。！");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(
    page.getByRole("heading", { name: "“，。！”中没有可以搜索的字词：请输入汉字、字母或数字。" }),
  ).toBeVisible();
});
