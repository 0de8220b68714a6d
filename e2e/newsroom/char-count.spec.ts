import path from "node:path";
import { expect, test } from "@playwright/test";
import { createDraft, expectSaved, saveState, signIn } from "../fixtures/newsroom";

test("the editor, 我的稿件 and the revision history show one 字数: a photo's caption counts, its alt text and credit do not", async ({
  page,
}) => {
  await signIn(page, "reporter");
  const url = await createDraft(page);
  await page.getByLabel("标题", { exact: true }).fill("中原区召开会议"); // 7
  await page.getByLabel("副题", { exact: true }).fill("部署2024年工作"); // 6: 2024 is one
  const body = page.getByRole("textbox", { name: "正文" });
  await body.click();
  await page.keyboard.type("会议强调，要抓好落实。"); // 11
  await page.getByRole("button", { name: "插入图片" }).click();
  await page.getByLabel(/图片文件/).setInputFiles(path.join(__dirname, "../fixtures/pixel.png"));
  await page.getByLabel(/替代文字/).fill("会场全景照片");
  await page.getByLabel(/图片说明/).fill("图为会议现场。"); // 7
  await page.getByRole("textbox", { name: "摄影" }).fill("王畅");
  await page.getByRole("button", { name: "插入", exact: true }).click();
  await expect(body.getByRole("img", { name: "会场全景照片" })).toBeVisible();

  const counter = page.getByTestId("char-count");
  await expect(counter).toHaveText("字数 31");
  await expectSaved(page);

  await page.goto("/newsroom");
  const row = page.getByRole("row").filter({ has: page.locator(`a[href="${new URL(url).pathname}"]`) });
  await expect(row.getByRole("cell").nth(3)).toHaveText("31");

  await page.goto(url);
  await expect(counter).toHaveText("字数 31");
  // The newest revision comes first.
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: /^第 \d+ 版/ })
      .first(),
  ).toContainText("· 31 字");
});

test("字数 follows a restored local backup", async ({ page, context }) => {
  await signIn(page, "reporter");
  const url = await createDraft(page);
  const body = page.getByRole("textbox", { name: "正文" });
  await body.click();
  await page.keyboard.type("坚持人民至上。");
  await expectSaved(page);

  // The server stops answering: what is typed now is kept only in this browser's backup.
  await page.route("**/newsroom/articles/**", (route) =>
    route.request().method() === "POST" ? route.abort() : route.continue(),
  );
  await page.keyboard.type("生命至上。");
  await expect(page.getByTestId("char-count")).toHaveText("字数 12");
  await expect(saveState(page)).not.toHaveText("已保存");

  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByTestId("char-count")).toHaveText("字数 7");
  await again.getByRole("alert").getByRole("button", { name: "恢复" }).click();
  await expect(again.getByRole("textbox", { name: "正文" })).toHaveText("坚持人民至上。生命至上。");
  await expect(again.getByTestId("char-count")).toHaveText("字数 12");
});
