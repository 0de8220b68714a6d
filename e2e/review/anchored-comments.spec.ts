import { expect, test } from "@playwright/test";
import {
  decide,
  expectSaved,
  selectInEditor,
  signedInPage as as,
  writeAndSubmit,
} from "../fixtures/newsroom";
import { screens } from "../fixtures/screens";

test("a comment on selected words highlights them, follows them through the author's edits, and says 已失效 when they go", async ({
  browser,
}) => {
  const headline = `批注定位${Date.now()}`;
  const reporter = await as(browser, "reporter");
  const path = await writeAndSubmit(reporter, headline, "本报讯 近日，区里召开会议，三百名居民参加。");

  const editor = await as(browser, "editor");
  await editor.goto(path);
  await selectInEditor(editor, "三百名居民");
  await expect(editor.getByText("批注所选文字：")).toContainText("三百名居民");
  await editor.getByLabel("批注内容").fill("人数请核实。");
  await editor.getByRole("button", { name: "添加批注" }).click();
  const anchor = (page: typeof editor) => page.locator(".comment-anchor");
  await expect(anchor(editor)).toHaveText("三百名居民");
  await expect(anchor(editor)).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  const thread = (page: typeof editor) =>
    page.getByRole("region", { name: "批注" }).getByRole("listitem").filter({ hasText: "人数请核实。" });
  await expect(thread(editor)).toContainText("“三百名居民”");
  await expectSaved(editor);
  await screens(editor, "anchored-comment");
  await decide(editor, path, "退回修改", "见批注。");

  // The author's edits before the passage move the highlight with the words.
  await reporter.goto(path);
  await expect(anchor(reporter)).toHaveText("三百名居民");
  const body = reporter.getByRole("textbox", { name: "正文" });
  await body.click();
  await reporter.keyboard.press("Control+Home");
  await reporter.keyboard.type("【更新】");
  await expectSaved(reporter);
  await reporter.reload();
  await expect(body).toHaveText("【更新】本报讯 近日，区里召开会议，三百名居民参加。");
  await expect(anchor(reporter)).toHaveText("三百名居民");

  // Clicking the quote shows the words in the text.
  await thread(reporter)
    .getByRole("button", { name: /三百名居民/ })
    .click();
  expect(await reporter.evaluate(() => window.getSelection()?.toString())).toBe("三百名居民");

  // Deleting the words: the comment says 已失效 at once, and still after a reload; it is not lost.
  await reporter.keyboard.press("Backspace");
  await expect(thread(reporter)).toContainText("已失效");
  await expectSaved(reporter);
  await reporter.reload();
  await expect(body).toHaveText("【更新】本报讯 近日，区里召开会议，参加。");
  await expect(thread(reporter)).toContainText("已失效");
  await expect(thread(reporter)).toContainText("人数请核实。");
  await expect(anchor(reporter)).toHaveCount(0);
  await screens(reporter, "outdated-comment");
});
