import { expect, test } from "@playwright/test";
import { createDraft, expectSaved, signedInPage as as } from "../fixtures/newsroom";
import { screens } from "../fixtures/screens";

test("the revision history follows autosaves, and the conflict banner names the same numbers", async ({
  browser,
}) => {
  const a = await as(browser, "reporter");
  const url = await createDraft(a);
  const history = (page: typeof a) => page.getByRole("region", { name: "修订记录" });
  const body = a.getByRole("textbox", { name: "正文" });
  await body.click();
  await a.keyboard.type("第一句。");
  await expectSaved(a);
  await expect(history(a).getByRole("strong").filter({ hasText: "第 1 版" })).toBeVisible();
  await a.keyboard.type("第二句。");
  await expectSaved(a);
  await expect(history(a).getByRole("listitem").first()).toContainText("第 2 版");

  const b = await as(browser, "reporter");
  await b.goto(url);
  await expect(b.getByRole("textbox", { name: "正文" })).toHaveText("第一句。第二句。");
  await body.press("End");
  await a.keyboard.type("甲的第三句。");
  await expectSaved(a);
  await expect(history(a).getByRole("listitem").first()).toContainText("第 3 版");

  await b.getByRole("textbox", { name: "正文" }).click();
  await b.keyboard.press("End");
  await b.keyboard.type("乙的第三句。");
  await expect(b.locator("[data-save-state]")).toHaveText("未保存（版本冲突）", { timeout: 15_000 });
  await b.getByRole("button", { name: "对照最新版本" }).click();
  await expect(b.getByRole("region", { name: "保存冲突" })).toContainText("修订记录第 3 版");
  // B's own history shows that revision too, though B saved nothing since opening the page.
  await expect(history(b).getByRole("listitem").first()).toContainText("第 3 版");
  await screens(b, "conflict-and-history");
});
