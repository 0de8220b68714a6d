import { expect, test } from "@playwright/test";
import { createDraft, expectSaved, signIn, signedInPage } from "../fixtures/newsroom";

test("a reporter sees a punctuation hint, applies the fix, and confirms the submission with hints left", async ({
  page,
}) => {
  await signIn(page, "reporter");
  await createDraft(page);
  await page.getByLabel("标题", { exact: true }).fill(`校对测试${Date.now()}`);
  const body = page.getByRole("textbox", { name: "正文" });
  await body.click();
  await page.keyboard.type("本报讯 近日,中原区召开会议。");
  await page.getByRole("button", { name: "检查全文" }).click();
  const hints = page.getByRole("region", { name: "校对提示" });
  await expect(hints).toContainText("发现 1 处。");
  await expect(hints).toContainText("中文中应使用全角标点“，”，而不是半角“,”。");
  await expect(body.locator(".proof-flag")).toHaveText(",");
  await hints.getByRole("button", { name: /修正/ }).click();
  await expect(body).toHaveText("本报讯 近日，中原区召开会议。");
  await expect(hints).toContainText("未发现问题。");

  await page.keyboard.press("End");
  await page.keyboard.type("这是是重要的会议");
  await expectSaved(page);
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await page.getByRole("button", { name: "提交审稿" }).click();
  await expect.poll(() => asked).toContain("校对发现 2 处提示尚未处理");
  await expect(page.getByText("已提交", { exact: true }).first()).toBeVisible();
});

test("an editor records a proofreading round and sees the issue's error rate", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/newsroom/issues/1");
  const proof = page.getByRole("region", { name: "本期校对" });
  await proof.getByRole("button", { name: "＋ 添加差错" }).click();
  await proof.getByLabel("差错类别 1").selectOption("错字");
  await proof.getByLabel("差错原文 1").fill("坚定理想信念念");
  await proof.getByRole("button", { name: /保存/ }).click();
  await expect(proof.getByRole("status")).toContainText("已记录");
  await expect(proof.getByTestId("error-rate")).toContainText(
    /差错率 万分之[\d.]+（\d+ 处 \/ 3,223 字），超过万分之3/,
  );
  await expect(proof).toContainText("[错字] 坚定理想信念念");

  await page.getByRole("link", { name: "质量统计" }).click();
  await expect(page.getByRole("row", { name: /第1期/ })).toContainText("超标");
});

test("an admin sets the masthead's compliance fields and readers see them on the issue", async ({
  browser,
}) => {
  const admin = await signedInPage(browser, "admin");
  await admin.goto("/newsroom/settings");
  await admin.getByLabel("主办单位").fill("中共郑州市中原区委");
  await admin.getByLabel("准印证号 / 刊号").fill("豫内资准字（2023）第0001号");
  await admin.getByLabel("标注“内部资料 免费交流”").check();
  await admin.getByRole("button", { name: "保存报头信息" }).click();
  await expect(admin.getByText("报头信息已保存。")).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/issues/1");
  await expect(reader.getByText("主办：中共郑州市中原区委")).toBeVisible();
  await expect(reader.getByText("准印证号：豫内资准字（2023）第0001号")).toBeVisible();
  await expect(reader.getByText("内部资料 免费交流")).toBeVisible();
  await reader.goto("/issues/1/print");
  await expect(reader.getByText("内部资料 免费交流")).toBeVisible();
});
