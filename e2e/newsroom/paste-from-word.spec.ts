import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import {
  createDraft,
  decide,
  expectSaved,
  signedInPage,
  signIn,
  submitForReview,
  placeInIssue,
} from "../fixtures/newsroom";

const clipboard = (name: string) =>
  readFileSync(path.join(__dirname, "../fixtures/clipboard", name), "latin1");
const html = (name: string) => readFileSync(path.join(__dirname, "../fixtures/clipboard", name), "utf8");

/**
 * A Ctrl+V as the browser delivers it: a paste event whose DataTransfer carries the flavours
 * Word or WPS put on the clipboard. Headless Chromium cannot be given a real OS clipboard.
 */
async function paste(page: Page, flavours: Record<string, string>): Promise<void> {
  await page.getByRole("textbox", { name: "正文" }).evaluate((element, data) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
    element.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, flavours);
}

/** Whether every image in the locator's scope has loaded real pixels. */
async function imagesRendered(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .evaluateAll(
      (images) => images.length > 0 && images.every((image) => (image as HTMLImageElement).naturalWidth > 0),
    );
}

test("Word copy with a picture, a table, a list and 　　 indents pastes clean, saves, submits and reads correctly", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "reporter");
  const url = await createDraft(page);
  const headline = `网格员培训覆盖全区${Date.now().toString(36)}`;
  await page.getByLabel("标题", { exact: true }).fill(headline);
  const body = page.getByRole("textbox", { name: "正文" });
  await body.click();
  await paste(page, {
    "text/html": html("word-2016.html"),
    "text/rtf": clipboard("word-2016.rtf"),
    "text/plain": "本报讯 近日，中原区在区委党校举办社区网格员业务培训班。",
  });

  // The picture comes from the RTF flavour, is uploaded, and replaces its placeholder.
  const picture = body.locator('img[src^="/api/uploads/"]');
  await expect(picture).toHaveCount(1);
  await expect(picture).toHaveAttribute("alt", "网格员培训现场");
  await expect.poll(() => imagesRendered(page, '.ProseMirror img[src^="/api/uploads/"]')).toBe(true);
  await expect(body.locator("[data-image-placeholder]")).toHaveCount(0);
  await expect(body.locator('img[src^="file:"]')).toHaveCount(0);

  await expect(body.locator("h2")).toHaveText("网格员培训覆盖全区12个街道");
  await expect(body.locator("strong")).toContainText(["基层治理"]);
  await expect(body.locator("a")).toHaveAttribute("href", "https://www.zhongyuan.gov.cn/");
  await expect(body.locator("ol li")).toHaveText(["政策解读", "案例交流"]);
  await expect(body.locator("table tr")).toHaveCount(3);
  await expect(body.locator("table tr").nth(1).locator("td")).toHaveText(["林山寨街道", "32", "16"]);
  // Cells stay cells: no paragraph of their own outside the table.
  await expect(body.locator(":scope > p").filter({ hasText: "林山寨街道" })).toHaveCount(0);
  await expect(body).toContainText("（记者 张明 通讯员 李华）");
  expect(await body.innerText()).not.toContain("\u3000");

  await expectSaved(page);
  await page.reload();
  await expect(body.locator("table tr")).toHaveCount(3);
  await expect(body.locator('img[src^="/api/uploads/"]')).toHaveCount(1);

  await submitForReview(page);

  const reviewer = await signedInPage(browser, "editor2");
  const articlePath = new URL(url).pathname;
  await decide(reviewer, articlePath, "审核通过", "同意。");
  await reviewer.context().close();

  // Placed in an issue, the article has its reader page, previewed before publication.
  const editor = await signedInPage(browser, "editor");
  await editor.goto("/newsroom/issues");
  await editor.getByRole("button", { name: "新建一期" }).click();
  await placeInIssue(editor, headline);
  await editor.goto(`/newsroom/preview/articles/${articlePath.split("/").pop()}`);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(headline);
  const article = editor.locator(".article-body");
  await expect(article.locator(".tableWrapper table tr")).toHaveCount(3);
  await expect(article.locator("td").first()).toHaveText("街道");
  await expect(article.locator('img[src^="/api/uploads/"]')).toHaveAttribute("alt", "网格员培训现场");
  await expect.poll(() => imagesRendered(editor, '.article-body img[src^="/api/uploads/"]')).toBe(true);
  await expect(article.locator("ol li")).toHaveText(["政策解读", "案例交流"]);
  await expect(article).toContainText("本报讯 近日，中原区在区委党校举办社区网格员业务培训班");
  expect(await article.innerText()).not.toContain("\u3000");
  await editor.context().close();
});

test("WPS copy brings its JPEG from the RTF flavour and its table, without full-width indents", async ({
  page,
}) => {
  await signIn(page, "reporter");
  await createDraft(page);
  const body = page.getByRole("textbox", { name: "正文" });
  await body.click();
  await paste(page, { "text/html": html("wps-2019.html"), "text/rtf": clipboard("wps-2019.rtf") });
  await expect(body.locator('img[src^="/api/uploads/"]')).toHaveCount(1);
  await expect(body.locator('img[src^="/api/uploads/"]')).toHaveAttribute("alt", "图片");
  await expect(body.locator("table tr").nth(1).locator("td")).toHaveText(["棉纺路小区", "180"]);
  await expect(body).toContainText("解决老年人“吃饭难”问题。");
  expect(await body.innerText()).not.toContain("\u3000");
  await expectSaved(page);
});

test("a web page's foreign picture becomes a 请重新上传此图片 placeholder that never blocks saving or submitting", async ({
  page,
}) => {
  await signIn(page, "reporter");
  await createDraft(page);
  await page.getByLabel("标题", { exact: true }).fill("网页转来的稿件");
  const body = page.getByRole("textbox", { name: "正文" });
  await body.click();
  await paste(page, {
    "text/html":
      '<meta charset="utf-8"><p style="color:#333">来自网页的文字。</p><p><img src="https://example.com/photo.jpg" alt="外站图片"></p><p>后文。</p>',
    "text/plain": "来自网页的文字。",
  });
  const placeholder = body.locator("[data-image-placeholder]");
  await expect(placeholder).toHaveText("请重新上传此图片（外站图片）：其他网站的图片不会自动转存");
  await expect(page.getByRole("status").filter({ hasText: "1 张未能带入" })).toBeVisible();
  await expect(body.locator("img")).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(placeholder).toHaveCount(1);
  await expect(page.getByRole("button", { name: "提交审稿" })).toBeEnabled();
  await submitForReview(page);
});

test("a local backup holding a refused picture is restored as a placeholder, and a refusal names the image with a fix", async ({
  page,
}) => {
  await signIn(page, "reporter");
  const url = await createDraft(page);
  const articleId = new URL(url).pathname.split("/").pop()!;
  // An upload of this article, to stand in the backup without its alt text.
  const src = await page.evaluate(async (id) => {
    const png = Uint8Array.from(
      atob(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      ),
      (c) => c.charCodeAt(0),
    );
    const form = new FormData();
    form.set("file", new File([png], "p.png", { type: "image/png" }));
    form.set("articleId", id);
    return ((await (await fetch("/api/uploads", { method: "POST", body: form })).json()) as { src: string })
      .src;
  }, articleId);
  await page.evaluate(
    ({ id, uploaded }) => {
      const image = (attrs: Record<string, string>) => ({ type: "image", attrs });
      const body = {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "暂存的正文。" }] },
          image({
            src: "file:///C:/Users/ZHANGM~1/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png",
            alt: "会场",
          }),
          image({ src: uploaded, alt: "" }),
        ],
      };
      localStorage.setItem(
        `newsroom:unsaved:${id}`,
        JSON.stringify({
          headline: "暂存稿",
          subtitle: "",
          sectionId: null,
          body,
          version: 1,
          savedAt: new Date(Date.now() + 60_000).toISOString(),
        }),
      );
    },
    { id: articleId, uploaded: src },
  );
  await page.reload();
  await page.getByRole("button", { name: "恢复", exact: true }).click();
  const body = page.getByRole("textbox", { name: "正文" });
  await expect(body.locator("[data-image-placeholder]")).toHaveText("请重新上传此图片（会场）");
  // The image without alt text is refused, by name, with its fix beside it.
  const refused = page.getByRole("alert").filter({ hasText: "以下内容无法保存" });
  await expect(refused).toContainText("第 1 张图片缺少替代文字");
  page.once("dialog", (dialog) => void dialog.accept("区委党校培训教室"));
  await refused.getByRole("button", { name: "填写替代文字" }).click();
  await expect(body.locator(`img[src="${src}"]`)).toHaveAttribute("alt", "区委党校培训教室");
  await expectSaved(page);
  await expect(refused).toHaveCount(0);
});
