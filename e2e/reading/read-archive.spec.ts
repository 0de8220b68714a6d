import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "../fixtures/axe";
import { SEED_ARTICLES } from "../fixtures/seed-issue";

test("a reader goes from the front page to the archive issue and reads every article", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  // The front page leads with the newest issue: 第1期 until the newsroom publishes another.
  await expect(page.getByText("头条", { exact: true })).toBeVisible();
  await page.getByRole("navigation").getByRole("link", { name: "往期" }).click();
  await page.getByRole("link", { name: /^2023年/ }).click();
  await page.getByRole("link", { name: /第1期/ }).click();
  await expect(page).toHaveURL(/\/issues\/1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("中原区报 第1期");
  await expect(page.getByText("2023年7月18日 星期二")).toBeVisible();
  for (const section of ["要闻", "党建", "基层治理", "社区"]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }

  for (const expected of SEED_ARTICLES) {
    await page.goto("/issues/1");
    await page.getByRole("link", { name: expected.headline, exact: true }).click();
    const article = page.getByRole("article");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected.headline);
    if (expected.deck) await expect(article.getByText(expected.deck, { exact: true })).toBeVisible();
    await expect(article.getByText(expected.byline, { exact: true })).toBeVisible();
    for (const phrase of expected.rejoined) await expect(article).toContainText(phrase);
    // The byline is credited once, above the text, never left inside the last paragraph.
    await expect(article.locator(".article-body")).not.toContainText("通讯员");
    await expect(article.locator(".article-body")).not.toContainText(",");
  }
});

test("previous and next links walk through the issue in the order of its contents", async ({ page }) => {
  await page.goto("/issues/1");
  // Section by section, as the planner arranged them: 要闻, 党建 (two stories), 基层治理, 社区.
  const order = await page.locator("main article h3 a").allTextContents();
  expect(order).toEqual([0, 2, 3, 1, 4].map((i) => SEED_ARTICLES[i].headline));
  await page.getByRole("link", { name: order[0], exact: true }).click();
  for (const expected of order.slice(1)) {
    await page.getByRole("link", { name: /下一篇/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected);
  }
  await expect(page.getByRole("link", { name: /下一篇/ })).toHaveCount(0);
  await page.getByRole("link", { name: /上一篇/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(order[3]);
});

test("the issue list shows one year at a time, with every year linked", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "往期" }).click();
  await page.getByRole("link", { name: "2023年 · 共1期" }).click();
  await expect(page).toHaveURL(/\/issues\/years\/2023$/);
  await expect(page.getByRole("heading", { level: 2, name: "2023年 · 共1期" })).toBeVisible();
  await page.getByRole("link", { name: /第1期/ }).click();
  await expect(page).toHaveURL(/\/issues\/1$/);
});

test("the print edition carries every article in full", async ({ page }) => {
  await page.goto("/issues/1");
  await page.getByRole("link", { name: "打印版" }).click();
  await expect(page.getByRole("article")).toHaveCount(SEED_ARTICLES.length);
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
});

test("on a phone the print edition's 打印 button sits on one line beside the masthead", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/issues/1/print");
  const button = page.getByRole("button", { name: "打印" });
  await expect(button).toBeVisible();
  // One line box for the label: a squeezed button breaks 打印 into 打 / 印.
  expect(
    await button.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getClientRects().length;
    }),
  ).toBe(1);
  const box = (await button.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("unknown articles and issues answer 404 with a friendly page", async ({ page }) => {
  for (const path of ["/articles/does-not-exist", "/issues/999", "/issues/abc", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
    await expect(page.getByRole("link", { name: "返回首页" })).toBeVisible();
    await expect(page, path).toHaveTitle("页面不存在 - 中原区报");
  }
});

test("article pages carry Open Graph tags", async ({ page }) => {
  await page.goto("/issues/1");
  await page.getByRole("link", { name: SEED_ARTICLES[1].headline, exact: true }).click();
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    new RegExp(SEED_ARTICLES[1].headline),
  );
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /马素华/);
  await expect(page).toHaveTitle(`${SEED_ARTICLES[1].headline} - 中原区报`);
});

test("a reader can switch the interface to English and back", async ({ page }) => {
  await page.goto("/issues/1");
  await page.getByRole("link", { name: "Switch to English" }).click();
  // The language is part of the address, so the English page can be shared and cached.
  await expect(page).toHaveURL(/\/en\/issues\/1$/);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Past issues" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Print edition" })).toBeVisible();
  // The articles stay in Chinese, and the page still says so.
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("link", { name: SEED_ARTICLES[0].headline, exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Print edition" }).click();
  await expect(page).toHaveURL(/\/en\/issues\/1\/print$/);
  await page.getByRole("link", { name: "切换到中文" }).click();
  await expect(page).toHaveURL(/\/issues\/1\/print$/);
  await expect(page).not.toHaveURL(/\/en\//);
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
});

test("reader pages have no accessibility violations", async ({ page }) => {
  await page.goto("/issues/1");
  const articleHref = await page
    .getByRole("link", { name: SEED_ARTICLES[0].headline, exact: true })
    .getAttribute("href");
  for (const path of [
    "/",
    "/issues",
    "/issues/1",
    articleHref!,
    "/issues/1/print",
    "/search",
    "/search?q=党建",
    "/articles/does-not-exist",
  ]) {
    await page.goto(path);
    await expectNoA11yViolations(page);
  }
});
