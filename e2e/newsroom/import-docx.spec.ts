import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { confirmInDialog, decide, expectSaved, signedInPage, submitForReview } from "../fixtures/newsroom";

const HEADLINE = "中原区开展社区志愿服务集中行动";
const CAPTION = "志愿者在林山寨社区为居民义诊。";
const BYLINE = "记者 张明 通讯员 李华彬";

/** Set SCREENSHOT_DIR to keep desktop (1280) and phone (390) pictures of each stage. */
async function screenshots(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  for (const [device, width] of [
    ["desktop", 1280],
    ["phone", 390],
  ] as const) {
    await page.setViewportSize({ width, height: device === "phone" ? 844 : 900 });
    // Lazy photos below the fold are loaded before the full-page picture is taken.
    await page.evaluate(() =>
      document.querySelectorAll("img[loading=lazy]").forEach((img) => img.setAttribute("loading", "eager")),
    );
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    await page.screenshot({ path: path.join(dir, `${name}-${device}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a Word document becomes a draft with its photo and credits, and readers find it by the correspondent's name", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const reporter = await signedInPage(browser, "reporter");
  await reporter.goto("/newsroom");
  await reporter.getByLabel("导入 Word 文档").setInputFiles(path.join(__dirname, "../fixtures/sample.docx"));
  await expect(reporter).toHaveURL(/\/newsroom\/articles\/\w+/);
  const articlePath = new URL(reporter.url()).pathname;

  // The draft: headline and deck in their fields, the picture with its caption, the byline as credits.
  await expect(reporter.getByLabel("标题", { exact: true })).toHaveValue(HEADLINE);
  await expect(reporter.getByLabel("副题")).toHaveValue("三十个社区同步开展便民服务");
  const body = reporter.getByRole("textbox", { name: "正文" });
  await expect(body.locator("figure figcaption")).toContainText(CAPTION);
  await expect(body.locator("figure figcaption")).toContainText("摄影 李华彬");
  await expect(body.getByRole("img", { name: CAPTION })).toBeVisible();
  await expect(body.getByRole("table")).toContainText("服务项目");
  await expect(body.getByRole("table").getByRole("row")).toHaveCount(2);
  await expect(body).not.toContainText("通讯员");
  await expect(reporter.getByRole("region", { name: "署名" })).toContainText(BYLINE);
  await screenshots(reporter, "imported-draft");

  // The alt text stays editable after insertion.
  await body.getByRole("img", { name: CAPTION }).click();
  await reporter.getByRole("button", { name: "编辑图片说明" }).click();
  await reporter.getByLabel(/替代文字/).fill("医护志愿者为居民测量血压");
  await reporter.getByRole("button", { name: "保存图片说明" }).click();
  await expect(body.getByRole("img", { name: "医护志愿者为居民测量血压" })).toBeVisible();
  await expectSaved(reporter);

  await submitForReview(reporter);

  const editor = await signedInPage(browser, "editor2");
  await decide(editor, articlePath, "审核通过", "同意。");
  await editor.goto("/newsroom/issues");
  const number = Number(await editor.getByLabel("期号").inputValue());
  await editor.getByRole("button", { name: "新建一期" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toContainText(`第${number}期`);
  const row = editor
    .getByRole("region", { name: /可编入的稿件/ })
    .getByRole("listitem")
    .filter({ hasText: HEADLINE });
  await row.getByLabel(`《${HEADLINE}》的栏目`).selectOption({ label: "要闻" });
  await row.getByRole("button", { name: /编入本期/ }).click();
  const yaowen = editor.getByRole("region", { name: /要闻/ });
  await expect(yaowen.getByRole("link", { name: HEADLINE })).toBeVisible();
  const lead = yaowen.getByRole("listitem").filter({ hasText: HEADLINE });
  if (await lead.getByRole("button", { name: /设为头条/ }).count())
    await lead.getByRole("button", { name: /设为头条/ }).click();
  await editor.getByRole("button", { name: "立即发布" }).click();
  await confirmInDialog(editor, "立即发布");
  await expect(editor.getByText("本期已发布。")).toBeVisible();

  // A reader: the lead photo on the front page (and as og:image), the article with its figure and byline.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/");
  const frontPhoto = reader.getByRole("img", { name: "医护志愿者为居民测量血压" }).first();
  await expect(frontPhoto).toBeVisible();
  expect(await frontPhoto.getAttribute("srcset")).toMatch(/\?w=480 480w, .*\?w=960 960w, .*\?w=1200 1200w/);
  expect(await frontPhoto.getAttribute("width")).toBe("1200");
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    /\/api\/uploads\/\w+\?w=1200$/,
  );
  await screenshots(reader, "front-page");

  await reader.goto(`/issues/${number}`);
  await expect(reader.getByRole("img", { name: "医护志愿者为居民测量血压" }).first()).toBeVisible();
  await reader.getByRole("link", { name: HEADLINE }).first().click();
  await expect(reader).toHaveURL(/\/articles\//);
  const article = reader.getByRole("article").first();
  await expect(article).toContainText(BYLINE);
  const figure = article.locator("figure.article-figure");
  await expect(figure.locator("figcaption")).toHaveText(`${CAPTION}摄影 李华彬`);
  const photo = figure.getByRole("img", { name: "医护志愿者为居民测量血压" });
  await expect(photo).toHaveAttribute("height", "800");
  await expect(photo).toHaveAttribute("sizes", /100vw/);
  const copy = await reader.request.get((await photo.getAttribute("src"))!);
  expect(copy.headers()["content-type"]).toBe("image/webp");
  await screenshots(reader, "published-article");

  await reader.goto("/search");
  await reader.getByLabel("搜索关键词").fill("李华彬");
  await reader.getByRole("button", { name: "搜索" }).click();
  await expect(reader.getByRole("link", { name: HEADLINE })).toBeVisible();

  for (const page of [reporter, editor, reader]) await page.context().close();
});

test("a file that is not a Word document is refused with the reason, and no draft is made", async ({
  browser,
}) => {
  const reporter = await signedInPage(browser, "reporter");
  await reporter.goto("/newsroom");
  await reporter.getByLabel("导入 Word 文档").setInputFiles({
    name: "稿件.docx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("这不是 Word 文档"),
  });
  await expect(reporter.getByRole("alert").filter({ hasText: "该文件不是 Word 文档" })).toBeVisible();
  await expect(reporter).toHaveURL(/\/newsroom$/);
  await reporter.context().close();
});
