import { expect, test } from "@playwright/test";
import { decide, expectSaved, signedInPage as as, writeAndSubmit } from "../fixtures/newsroom";
import { screens } from "../fixtures/screens";

test("a returned article opens with who returned it, when and why; approval needs no opinion", async ({
  browser,
}) => {
  const headline = `退回说明${Date.now()}`;
  const reporter = await as(browser, "reporter");
  const path = await writeAndSubmit(reporter, headline, "本报讯 近日，区里召开会议。");
  const editor = await as(browser, "editor");
  await decide(editor, path, "退回修改", "请写明会议的时间、地点和参会人员。");

  await reporter.goto(path);
  const notice = reporter.getByRole("region", { name: "稿件已被退回修改" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("王芳");
  await expect(notice).toContainText(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
  await expect(notice).toContainText("请写明会议的时间、地点和参会人员。");
  await expect(notice).toContainText("请按意见修改后重新提交审稿。");
  // It comes before the editor: the first thing on the page after the title.
  const noticeTop = (await notice.boundingBox())!.y;
  const editorTop = (await reporter.getByRole("textbox", { name: "正文" }).boundingBox())!.y;
  expect(noticeTop).toBeLessThan(editorTop);
  await screens(reporter, "decision-notice");

  await reporter.getByRole("textbox", { name: "正文" }).click();
  await reporter.keyboard.press("Control+End");
  await reporter.keyboard.type("会议于7月14日在区政府召开。");
  await expectSaved(reporter);
  await reporter.getByRole("button", { name: "提交审稿" }).click();
  await expect(reporter.getByRole("region", { name: "稿件已被退回修改" })).toHaveCount(0);

  // Approving with the opinion left empty.
  await editor.goto(path);
  await expect(editor.getByText("“退回修改”、“退稿”须填写理由")).toBeVisible();
  await editor.getByRole("button", { name: "审核通过", exact: true }).click();
  await expect(editor.getByText("已通过", { exact: true }).first()).toBeVisible();
});
