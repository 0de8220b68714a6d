import { expect, test } from "@playwright/test";
import {
  decide,
  expectSaved,
  selectInEditor,
  signedInPage as as,
  writeAndSubmit,
} from "../fixtures/newsroom";

test("submit, return with a note, revise, resubmit, approve", async ({ browser }) => {
  const headline = `区委调研社区养老服务${Date.now()}`;
  const reporter = await as(browser, "reporter");
  const path = await writeAndSubmit(reporter, headline, "本报讯 近日，区委调研社区养老服务。");
  // A reporter gets no review buttons on their own submission.
  await expect(reporter.getByRole("button", { name: "审核通过" })).toHaveCount(0);
  await expect(reporter.getByRole("button", { name: "撤回" })).toBeVisible();

  const editor = await as(browser, "editor");
  await editor.goto("/newsroom/review");
  await editor.getByRole("link", { name: headline }).click();
  await editor.getByRole("button", { name: "退回修改", exact: true }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "请填写“退回修改”的理由。" })).toBeVisible();
  await decide(editor, path, "退回修改", "请补充服务覆盖的老人人数。");

  await reporter.goto("/newsroom");
  await reporter.getByRole("link", { name: /通知/ }).click();
  await expect(
    reporter.getByRole("link", { name: `《${headline}》被退回修改：请补充服务覆盖的老人人数。` }),
  ).toBeVisible();
  await reporter.getByRole("link", { name: `《${headline}》被退回修改：请补充服务覆盖的老人人数。` }).click();
  await expect(reporter.getByText("请补充服务覆盖的老人人数。").first()).toBeVisible();
  await reporter.getByRole("textbox", { name: "正文" }).click();
  await reporter.keyboard.press("Control+End");
  await reporter.keyboard.type("全区已有1200名老人受益。");
  await expectSaved(reporter);
  await reporter.getByRole("button", { name: "提交审稿" }).click();
  await expect(reporter.getByText("已提交", { exact: true }).first()).toBeVisible();

  await editor.goto(path);
  await expect(editor.getByText("与上次提交的版本相比")).toBeVisible();
  await expect(editor.locator("ins").filter({ hasText: "全区已有1200名老人受益。" })).toBeVisible();
  await decide(editor, path, "审核通过", "内容翔实，同意刊发。");
  await expect(editor.getByText("已通过", { exact: true }).first()).toBeVisible();
  await expect(editor.getByText("内容翔实，同意刊发。")).toBeVisible();

  await reporter.goto("/newsroom/notifications");
  await expect(reporter.getByRole("link", { name: `《${headline}》审核通过` })).toBeVisible();
  await reporter.getByRole("button", { name: "全部标为已读" }).click();
  await expect(reporter.getByText("未读")).toHaveCount(0);
});

test("comments are threaded, newsroom-only and can be resolved", async ({ browser }) => {
  const headline = `批注测试${Date.now()}`;
  const reporter = await as(browser, "reporter");
  const path = await writeAndSubmit(reporter, headline, "本报讯 批注功能测试。");
  const editor = await as(browser, "editor");
  await editor.goto(path);
  await selectInEditor(editor, "批注功能测试");
  await expect(editor.getByText("批注所选文字：")).toBeVisible();
  await editor.getByLabel("批注内容").fill("请补充时间和地点。");
  await editor.getByRole("button", { name: "添加批注" }).click();
  await expect(
    editor
      .getByRole("region", { name: "批注" })
      .getByRole("listitem")
      .filter({ hasText: "请补充时间和地点。" }),
  ).toContainText("“批注功能测试”");

  await reporter.goto(path);
  const thread = reporter
    .getByRole("region", { name: "批注" })
    .getByRole("listitem")
    .filter({ hasText: "请补充时间和地点。" });
  await thread.getByLabel("回复").fill("已补充。");
  await thread.getByRole("button", { name: "回复" }).click();
  await expect(thread).toContainText("已补充。");
  await thread.getByRole("button", { name: "标记为已解决" }).click();
  await expect(thread).toContainText("已解决");
  await expect(reporter.getByRole("region", { name: "流程记录" })).toContainText("请补充时间和地点。");
});
