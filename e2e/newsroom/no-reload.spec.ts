import { expect, type Page, test } from "@playwright/test";
import { createDraft, expectSaved, signedInPage as as } from "../fixtures/newsroom";

/** Marks the window: a full page reload would lose the mark. */
async function markWindow(page: Page) {
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
}
async function expectSameWindow(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
}

test("workflow steps update the page in place, and the editor carries on from the new version", async ({
  browser,
}) => {
  const reporter = await as(browser, "reporter");
  await createDraft(reporter);
  await reporter.getByLabel("标题", { exact: true }).fill(`原地更新${Date.now()}`);
  const body = reporter.getByRole("textbox", { name: "正文" });
  await body.click();
  await reporter.keyboard.type("本报讯 第一段。");
  await expectSaved(reporter);
  await markWindow(reporter);

  await reporter.getByRole("button", { name: "提交审稿" }).click();
  await expect(reporter.getByText("稿件当前为“只读”")).toBeVisible();
  await reporter.getByRole("button", { name: "撤回" }).click();
  await expect(body).toBeVisible();
  await expect(body).toHaveText("本报讯 第一段。");
  await expectSameWindow(reporter);

  // Both steps moved the stored version on: a save from the editor's old version would be refused.
  await body.click();
  await reporter.keyboard.press("Control+End");
  await reporter.keyboard.type("第二段。");
  await expectSaved(reporter);
  await expect(reporter.getByRole("alert").filter({ hasText: "此稿件已被他人修改" })).toHaveCount(0);
  await reporter.reload();
  await expect(body).toHaveText("本报讯 第一段。第二段。");
});
