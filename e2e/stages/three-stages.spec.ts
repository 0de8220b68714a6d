import { type Browser, expect, test } from "@playwright/test";
import { decide, signedInPage as as, writeAndSubmit } from "../fixtures/newsroom";

// These tests change the newsroom-wide number of review stages, so their project runs only after
// every other test has finished (see playwright.config.ts), and one at a time.
test.describe.configure({ mode: "serial", timeout: 120_000 });

async function setStages(browser: Browser, label: RegExp): Promise<void> {
  const admin = await as(browser, "admin");
  await admin.goto("/newsroom/settings");
  await admin.getByLabel(label).check();
  await admin.getByRole("button", { name: "保存设置" }).click();
  await expect(admin.getByText("已保存。")).toBeVisible();
  await admin.context().close();
}

test("三审: 初审 by an editor, 复审 by another, 终审 by the chief; nobody approves two stages", async ({
  browser,
}) => {
  await setStages(browser, /三审/);
  try {
    const headline = `三审稿件${Date.now()}`;
    const reporter = await as(browser, "reporter");
    const path = await writeAndSubmit(reporter, headline, "本报讯 三审流程测试。");

    const editor = await as(browser, "editor");
    await decide(editor, path, "初审通过", "初审：事实无误。");
    await editor.goto(path);
    await expect(editor.getByText("等待复审（共 3 审）")).toBeVisible();
    await expect(editor.getByRole("button", { name: "复审通过" })).toHaveCount(0);
    await editor.goto("/newsroom/review");
    await expect(editor.getByRole("link", { name: headline })).toHaveCount(0);

    const editor2 = await as(browser, "editor2");
    await editor2.goto("/newsroom/review");
    await expect(editor2.getByRole("row", { name: new RegExp(headline) })).toContainText("复审");
    await decide(editor2, path, "复审通过", "复审：文字通顺。");
    await editor2.goto(path);
    await expect(editor2.getByRole("button", { name: "终审通过" })).toHaveCount(0);

    const chief = await as(browser, "chief");
    await chief.goto("/newsroom/review");
    await chief.getByRole("link", { name: headline }).click();
    await decide(chief, path, "终审通过", "终审：同意刊发。");
    const timeline = chief.getByRole("region", { name: "流程记录" });
    await expect(timeline).toContainText("初审通过");
    await expect(timeline).toContainText("复审通过");
    await expect(timeline).toContainText("终审通过");
    await expect(chief.getByText("已通过", { exact: true }).first()).toBeVisible();
  } finally {
    await setStages(browser, /一审/);
  }
});

test("an edit after 初审 warns first, says afterwards that 初审 is open again, and tells the other reviewers", async ({
  browser,
}) => {
  await setStages(browser, /三审/);
  try {
    const headline = `改后重审${Date.now()}`;
    const reporter = await as(browser, "reporter");
    const path = await writeAndSubmit(reporter, headline, "本报讯 改后重审测试。");

    const editor = await as(browser, "editor");
    await decide(editor, path, "初审通过", "初审：事实无误。");
    await editor.goto(path);
    await expect(editor.getByText("等待复审（共 3 审）")).toBeVisible();
    // Before typing: what an edit would do.
    await expect(editor.getByRole("note").filter({ hasText: "本稿已通过初审" })).toContainText(
      "初审将重新打开",
    );

    const body = editor.getByRole("textbox", { name: "正文" });
    await body.click();
    await editor.keyboard.press("End");
    await editor.keyboard.type("补充一句。");
    // After the save: said where the person is typing, and the workflow panel follows.
    await expect(editor.getByRole("status").filter({ hasText: "稿件已退回初审重新审核" })).toBeVisible();
    await expect(editor.getByText("等待初审（共 3 审）")).toBeVisible();
    await expect(editor.getByRole("note").filter({ hasText: "本稿已通过初审" })).toHaveCount(0);

    const editor2 = await as(browser, "editor2");
    await editor2.goto("/newsroom/notifications");
    await expect(editor2.getByText(`《${headline}》在初审通过后被修改，退回初审重新审核`)).toBeVisible();
  } finally {
    await setStages(browser, /一审/);
  }
});
