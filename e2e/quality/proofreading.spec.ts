import { expect, test } from "@playwright/test";
import {
  confirmInDialog,
  createDraft,
  createIssue,
  expectSaved,
  signIn,
  signedInPage,
} from "../fixtures/newsroom";

test("clean copy with a subheading, a list after 包括： and a byline draws no hints and submits without a question", async ({
  page,
}) => {
  await signIn(page, "reporter");
  await createDraft(page);
  await page.getByLabel("标题", { exact: true }).fill(`便民服务${Date.now()}`);
  const body = page.getByRole("textbox", { name: "正文" });
  const hints = page.getByRole("region", { name: "校对提示" });
  await body.click();
  await page.keyboard.type("本报讯（记者 张明）现在在中原区，为了了解群众需求，各街道开展入户走访。");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: /小标题/ }).click();
  await page.keyboard.type("强化党建引领 提升治理效能");
  await page.keyboard.press("Enter");
  await page.keyboard.type("走访内容包括：");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: /无序列表/ }).click();
  await page.keyboard.type("居民就业情况");
  await page.keyboard.press("Enter");
  await page.keyboard.type("老旧小区改造意见");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("记者 张明 通讯员 李华彬");
  await expect(body.locator("h2")).toHaveText("强化党建引领 提升治理效能");
  await expect(body.locator("ul li")).toHaveText(["居民就业情况", "老旧小区改造意见"]);

  // Checked as typed: nothing to flag, nothing underlined.
  await expect(hints.getByRole("status")).toHaveText("未发现问题。");
  await expect(body.locator(".proof-flag")).toHaveCount(0);
  await expectSaved(page);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("button", { name: "提交审稿" }).click();
  await expect(page.getByText("已提交", { exact: true }).first()).toBeVisible();
  expect(dialogs).toEqual([]);
});

test("hints appear while typing, 全部修正 applies the certain fixes, and a hint left asks before submitting", async ({
  page,
}) => {
  await signIn(page, "reporter");
  await createDraft(page);
  await page.getByLabel("标题", { exact: true }).fill(`校对测试${Date.now()}`);
  const body = page.getByRole("textbox", { name: "正文" });
  const hints = page.getByRole("region", { name: "校对提示" });
  await body.click();
  // A WPS indent, a half-width comma, a stray space and 的的; then a quote left open.
  await page.keyboard.type("\u3000\u3000本报讯 近日,中原区召开 会议，这是我的的会议。");
  await expect(hints.getByRole("status")).toHaveText("发现 4 处。");
  await expect(hints).toContainText("段首有空格（WPS 缩进）");
  await expect(hints).toContainText("中文中应使用全角标点“，”，而不是半角“,”。");
  await expect(hints).toContainText("“的”字重复，可能多打了一次。");
  await expect(body.locator(".proof-flag")).toHaveCount(4);
  await page.keyboard.press("Enter");
  await page.keyboard.type("会议围绕“党建引领主题展开。");
  await expect(hints.getByRole("status")).toHaveText("发现 5 处。");

  await hints.getByRole("button", { name: /全部修正/ }).click();
  await expect(body.locator("p").first()).toHaveText("本报讯 近日，中原区召开会议，这是我的会议。");
  // The open quote needs a person: where it closes is not certain.
  await expect(hints.getByRole("status")).toHaveText("发现 1 处。");
  await expect(hints).toContainText("前引号“没有对应的后引号”。");
  await expect(hints.getByRole("button", { name: /全部修正/ })).toHaveCount(0);

  await expectSaved(page);
  await page.getByRole("button", { name: "提交审稿" }).click();
  await expect(page.getByRole("dialog", { name: "仍要提交审稿吗？" })).toContainText(
    "校对发现 1 处提示尚未处理",
  );
  await confirmInDialog(page, "仍要提交");
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
  // 第1期 was printed before anyone proofread it: what is found now reached readers.
  await expect(proof.getByTestId("error-rate")).toContainText("未校对");
  await expect(proof.getByTestId("error-rate")).toContainText(
    /见报差错率 万分之[\d.]+（\d+ 处 \/ 3,223 字），超过万分之3/,
  );
  await expect(proof).toContainText("一校（见报后）");
  await expect(proof).toContainText("[错字] 坚定理想信念念");

  await page.getByRole("link", { name: "质量统计" }).click();
  const row = page.getByRole("row", { name: /第1期/ });
  await expect(row).toContainText("未校对");
  await expect(row).toContainText("超标");
});

test("质量统计 shows an issue without a proof round as 未校对 and counts a round's errors as caught, not as errors", async ({
  page,
}) => {
  await signIn(page, "editor");
  const number = await createIssue(page, 8000, "2020-01-06");

  await page.goto("/newsroom/quality");
  const row = page.getByRole("row", { name: new RegExp(`第${number}期`) });
  await expect(row).toContainText("未校对");
  await expect(row).toContainText("未出版");
  await expect(row).not.toContainText("万分之0");
  await expect(page.getByRole("row", { name: /第1期/ })).toContainText("未校对");

  await page.goto(`/newsroom/issues/${number}`);
  const proof = page.getByRole("region", { name: "本期校对" });
  await expect(proof.getByTestId("error-rate")).toContainText("未校对");
  await proof.getByRole("button", { name: "＋ 添加差错" }).click();
  await proof.getByLabel("差错类别 1").selectOption("标点");
  await proof.getByLabel("差错原文 1").fill("近日,中原区");
  await proof.getByRole("button", { name: /保存/ }).click();
  await expect(proof.getByRole("status")).toContainText("一校已记录");
  await expect(proof.getByTestId("error-rate")).toContainText("校对改正 1 处");
  await expect(proof.getByTestId("error-rate")).toContainText("尚未见报");

  await page.goto("/newsroom/quality");
  const cells = row.getByRole("cell");
  await expect(cells.nth(4)).toHaveText("1");
  await expect(cells.nth(5)).toContainText("1");
  await expect(row).not.toContainText("未校对");
  await expect(row).not.toContainText("超标");
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
