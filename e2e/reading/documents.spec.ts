import { expect, test } from "@playwright/test";

// Reader pages are sent as documents, without Next's client runtime: they have nothing to
// hydrate. A reader still follows links, searches and prints; the browser fetches no framework
// script, whether the page was just rendered for this reader or kept from an earlier one.

test("a reader reads, searches and prints without the page loading any framework script", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "往期" }).click();
  await page.getByRole("link", { name: /^2023年/ }).click();
  await page.getByRole("link", { name: /第1期/ }).click();
  await expect(page).toHaveURL(/\/issues\/1$/);
  await page.locator("main article h3 a").first().click();
  await expect(page.getByRole("link", { name: /下一篇/ })).toBeVisible();
  await page.getByRole("link", { name: /下一篇/ }).click();

  await page.getByRole("navigation").getByRole("link", { name: "搜索" }).click();
  await page.getByLabel("搜索关键词").fill("网格");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.getByRole("heading", { name: /“网格”共找到 \d+ 篇文章/ })).toBeVisible();
  // The same search again is the kept copy: still a document.
  await page.reload();
  await expect(page.getByRole("heading", { name: /“网格”共找到 \d+ 篇文章/ })).toBeVisible();

  await page.goto("/issues/1/print");
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  await page.getByRole("button", { name: "打印" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "yes");

  expect(scripts).toEqual(["/print-button.js"]);
});

test("the first reader after a change gets the same document as every later one", async ({ request }) => {
  const issue = await (await request.get("/issues/1")).text();
  const article = issue.match(/href="(\/articles\/[^"]+)"/)![1];
  for (const path of [article, `/en${article}`, "/issues/1/print", `/search?q=${Date.now()}`]) {
    const first = await request.get(path);
    const again = await request.get(path);
    expect(first.status(), path).toBe(200);
    const [firstBody, againBody] = [await first.text(), await again.text()];
    expect(firstBody, path).not.toMatch(/<script[^>]*src="\/_next\/|self\.__next_f/);
    expect(againBody, path).toBe(firstBody);
  }
});
