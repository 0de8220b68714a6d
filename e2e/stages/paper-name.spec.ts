import { type Browser, expect, type Page, test } from "@playwright/test";
import { SEED_ARTICLES } from "../fixtures/seed-issue";
import { screens } from "../fixtures/screens";
import { signedInPage as as } from "../fixtures/newsroom";

// Renames the paper, newsroom-wide, so it runs in the project that runs after every other test
// (see playwright.config.ts); the name is put back at the end.
test.describe.configure({ mode: "serial", timeout: 120_000 });

async function setNames(admin: Page, name: string, englishName: string): Promise<void> {
  await admin.goto("/newsroom/settings");
  await admin.getByLabel("报纸名称").fill(name);
  await admin.getByLabel("英文名称（英文界面）").fill(englishName);
  await admin.getByRole("button", { name: "保存报头信息" }).click();
}

async function readerPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("the paper's name set in 出版设置 is what every page, the feed and the newsroom show, at once", async ({
  browser,
}) => {
  const admin = await as(browser, "admin");
  await setNames(admin, "中原新闻", "Zhongyuan News");
  await expect(admin.getByText("报头信息已保存。")).toBeVisible();
  try {
    await screens(admin, "settings-masthead");
    const reader = await readerPage(browser);
    await reader.goto("/");
    await expect(reader.getByRole("banner").getByRole("link", { name: /^中原新闻/ })).toBeVisible();
    await expect(reader).toHaveTitle(/^中原新闻 第\d+期/);
    await expect(reader.getByRole("contentinfo")).toContainText("中原新闻 · 郑州市中原区");
    await expect(reader.locator('meta[property="og:site_name"]')).toHaveAttribute("content", "中原新闻");
    await expect(reader.locator('link[type="application/rss+xml"]')).toHaveAttribute("title", "中原新闻");

    await reader.goto("/issues/1");
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("中原新闻 第1期");
    await reader.getByRole("link", { name: SEED_ARTICLES[0].headline }).first().click();
    await expect(reader).toHaveTitle(`${SEED_ARTICLES[0].headline} - 中原新闻`);
    await expect(reader.getByRole("link", { name: "中原新闻 第1期" })).toBeVisible();
    await screens(reader, "paper-name-article");

    // The English interface shows the English name; the masthead stays the Chinese one.
    await reader.goto("/en/issues/1");
    await expect(reader).toHaveTitle(/ - Zhongyuan News$/);
    await expect(reader.getByRole("contentinfo")).toContainText("Zhongyuan News · Zhengzhou");
    await expect(reader.getByRole("banner").getByRole("link", { name: /^中原新闻/ })).toBeVisible();

    const feed = await (await reader.request.get("/feed.xml")).text();
    expect(feed).toContain("<title>中原新闻</title>");
    for (const address of ["/no/such/page", "/no-such-page"]) {
      await reader.goto(address);
      await expect(reader).toHaveTitle("页面不存在 - 中原新闻");
      // In the HTML itself, for a crawler or a browser that runs no script.
      const missing = await reader.request.get(address);
      expect(missing.status(), address).toBe(404);
      expect(await missing.text(), address).toContain("<title>页面不存在 - 中原新闻</title>");
    }
    await reader.goto("/login");
    await expect(reader.getByRole("link", { name: "中原新闻" })).toBeVisible();
    await expect(reader).toHaveTitle("登录 - 中原新闻");

    await admin.goto("/newsroom");
    await expect(admin.getByRole("link", { name: "中原新闻 · 编辑部" })).toBeVisible();
    await admin.goto("/newsroom/settings");
    await expect(admin).toHaveTitle("出版设置 - 编辑部 - 中原新闻");
    const reporter = await as(browser, "reporter");
    await expect(reporter).toHaveTitle("我的稿件 - 编辑部 - 中原新闻");
    await reporter.context().close();

    // An empty name is refused with a message and changes nothing.
    await setNames(admin, "   ", "Zhongyuan News");
    await expect(admin.getByText("请填写报纸名称。")).toBeVisible();
    await reader.goto("/");
    await expect(reader).toHaveTitle(/^中原新闻 第\d+期/);
    await reader.context().close();
  } finally {
    await setNames(admin, "中原区报", "Zhongyuan District Bulletin");
    await expect(admin.getByText("报头信息已保存。")).toBeVisible();
    await admin.context().close();
  }
});
