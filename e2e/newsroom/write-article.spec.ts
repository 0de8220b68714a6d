import { expect, test } from "@playwright/test";
import { confirmInDialog, createDraft, expectSaved, saveState, signIn } from "../fixtures/newsroom";

test("a reporter writes a formatted article, autosave stores it, and a reload finds it intact", async ({
  page,
}) => {
  await signIn(page, "reporter");
  const url = await createDraft(page);
  await expect(saveState(page)).toHaveText("已保存");

  await page.getByLabel("标题", { exact: true }).fill("中原区举办社区网格员培训");
  await expect(saveState(page)).toHaveText("未保存");
  await page.getByLabel("副题", { exact: true }).fill("提升基层治理能力");
  await page.getByLabel("栏目").selectOption({ label: "基层治理" });

  const body = page.getByRole("textbox", { name: "正文" });
  await body.click();
  await page.getByRole("button", { name: /小标题/ }).click();
  await expect(page.getByRole("button", { name: /小标题/ })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("培训内容");
  await page.keyboard.press("Enter");
  await page.keyboard.type("本报讯 近日，");
  await page.getByRole("button", { name: /加粗/ }).click();
  await page.keyboard.type("中原区");
  await page.getByRole("button", { name: /加粗/ }).click();
  await page.keyboard.type("举办网格员培训。");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: /无序列表/ }).click();
  await expect(page.getByRole("button", { name: /无序列表/ })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("政策解读");
  await page.keyboard.press("Enter");
  await page.keyboard.type("案例交流");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("详见区政府网站");
  await page.keyboard.press("Shift+Home");
  await page.getByRole("button", { name: "链接" }).click();
  await page.getByLabel("链接地址").fill("https://www.zhongyuan.gov.cn/");
  await page.getByRole("button", { name: "应用" }).click();

  await expect(saveState(page)).toHaveText(/未保存|保存中/);
  await expectSaved(page);
  // 字数 counts each Chinese character: headline 12 + deck 8 + body text.
  await expect(page.getByTestId("char-count")).toContainText("56");

  await page.reload();
  await expect(page.getByLabel("标题", { exact: true })).toHaveValue("中原区举办社区网格员培训");
  await expect(page.getByLabel("副题", { exact: true })).toHaveValue("提升基层治理能力");
  await expect(page.getByLabel("栏目")).toHaveValue(/.+/);
  await expect(body.locator("h2")).toHaveText("培训内容");
  await expect(body.locator("strong")).toHaveText("中原区");
  await expect(body.locator("ul li")).toHaveText(["政策解读", "案例交流"]);
  await expect(body.locator("a")).toHaveAttribute("href", "https://www.zhongyuan.gov.cn/");

  await page.goto("/newsroom");
  const row = page.getByRole("row").filter({ has: page.locator(`a[href="${new URL(url).pathname}"]`) });
  await expect(row).toContainText("中原区举办社区网格员培训");
  await expect(row).toContainText("草稿");
  await expect(row).toContainText("基层治理");
});

test("the editor refuses javascript: links", async ({ page }) => {
  await signIn(page, "reporter");
  await createDraft(page);
  await page.getByRole("textbox", { name: "正文" }).click();
  await page.keyboard.type("危险链接");
  await page.keyboard.press("Shift+Home");
  await page.getByRole("button", { name: "链接" }).click();
  await page.getByLabel("链接地址").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "应用" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "只允许 http、https 或 mailto 链接。" }),
  ).toBeVisible();
  await expect(page.getByRole("textbox", { name: "正文" }).locator("a")).toHaveCount(0);
});

test("revisions can be compared and an older one restored", async ({ page }) => {
  await signIn(page, "reporter");
  await createDraft(page);
  const body = page.getByRole("textbox", { name: "正文" });
  await body.click();
  await page.keyboard.type("坚持人民至上。");
  await expectSaved(page);
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type("，生命至上");
  await expectSaved(page);
  // The history follows the autosaves: no reload, no refresh button.
  await expect(page.getByRole("strong").filter({ hasText: "第 2 版" })).toBeVisible();

  await page.getByLabel("从").selectOption({ label: "第 1 版" });
  await page.getByLabel("到").selectOption({ label: "第 2 版" });
  await page.getByRole("button", { name: "比较" }).click();
  await expect(page.locator("ins").filter({ hasText: "，生命至上" })).toBeVisible();

  await page
    .getByRole("listitem")
    .filter({ hasText: "第 1 版" })
    .getByRole("button", { name: "恢复此版" })
    .click();
  await confirmInDialog(page, "恢复此版");
  await expect(body).toHaveText("坚持人民至上。");
  await expect(page.getByText("恢复自第 1 版")).toBeVisible();
});

test("text pasted from Word keeps its words and allowed formatting, not its styling", async ({ page }) => {
  await signIn(page, "reporter");
  await createDraft(page);
  const body = page.getByRole("textbox", { name: "正文" });
  await body.click();
  await body.evaluate((element) => {
    const data = new DataTransfer();
    data.setData(
      "text/html",
      "<html><head><style>p.MsoNormal{color:red}</style></head><body><!--[if gte mso 9]><xml><w:WordDocument/></xml><![endif]-->" +
        '<p class="MsoNormal" style="color:red;font-family:宋体"><span style="font-size:22pt">本报讯</span><b>中原区</b>召开会议。<o:p></o:p></p></body></html>',
    );
    data.setData("text/plain", "本报讯中原区召开会议。");
    element.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(body).toContainText("本报讯中原区召开会议。");
  await expect(body.locator("strong")).toHaveText("中原区");
  await expect(body.locator("[style], span, font")).toHaveCount(0);
  await expectSaved(page);
});

test("leaving with unsaved work asks first", async ({ page }) => {
  await signIn(page, "reporter");
  await createDraft(page);
  await page.route("**/newsroom/articles/**", (route) =>
    route.request().method() === "POST" ? route.abort() : route.continue(),
  );
  await page.getByRole("textbox", { name: "正文" }).click();
  await page.keyboard.type("还没保存的文字。");
  await expect(saveState(page)).not.toHaveText("已保存");
  const dialogShown = page.waitForEvent("dialog");
  const closing = page.close({ runBeforeUnload: true });
  const dialog = await dialogShown;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.accept();
  await closing;
});
