import { expect, test } from "@playwright/test";
import { createDraft, expectSaved, signIn } from "../fixtures/newsroom";

test("a stale save from a second browser is refused, compared and merged by hand", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const pageA = await first.newPage();
  const pageB = await second.newPage();

  await signIn(pageA, "reporter");
  const url = await createDraft(pageA);
  await pageA.getByRole("textbox", { name: "正文" }).click();
  await pageA.keyboard.type("共同的开头。");
  await expectSaved(pageA);

  await signIn(pageB, "reporter");
  await pageB.goto(url);
  await expect(pageB.getByRole("textbox", { name: "正文" })).toHaveText("共同的开头。");

  // A saves first...
  await pageA.getByRole("textbox", { name: "正文" }).press("End");
  await pageA.keyboard.type("甲补充的内容。");
  await expectSaved(pageA);

  // ...so B's save, from the version B started with, is refused and nothing is overwritten.
  await pageB.getByRole("textbox", { name: "正文" }).click();
  await pageB.keyboard.press("End");
  await pageB.keyboard.type("乙补充的内容。");
  await expect(pageB.locator("[data-save-state]")).toHaveText("未保存（版本冲突）", { timeout: 15_000 });
  await expect(pageB.getByRole("alert").filter({ hasText: "此稿件已被他人修改" })).toBeVisible();
  await expect(pageB.getByRole("textbox", { name: "正文" })).toContainText("乙补充的内容。");

  await pageA.reload();
  await expect(pageA.getByRole("textbox", { name: "正文" })).toHaveText("共同的开头。甲补充的内容。");

  await pageB.getByRole("button", { name: "对照最新版本" }).click();
  // Character diff from the stored text to B's: A's word struck out, B's underlined.
  await expect(pageB.locator("del").filter({ hasText: "甲" })).toBeVisible();
  await expect(pageB.locator("ins").filter({ hasText: "乙" })).toBeVisible();
  await pageB.getByRole("button", { name: /载入最新版本/ }).click();
  await expect(pageB.getByRole("textbox", { name: "正文" })).toHaveText("共同的开头。甲补充的内容。");
  await expect(pageB.getByRole("heading", { name: /合并参考/ })).toBeVisible();

  await pageB.getByRole("textbox", { name: "正文" }).click();
  await pageB.keyboard.press("Control+End");
  await pageB.keyboard.type("乙补充的内容。");
  await expectSaved(pageB);
  await pageA.reload();
  await expect(pageA.getByRole("textbox", { name: "正文" })).toHaveText(
    "共同的开头。甲补充的内容。乙补充的内容。",
  );

  await first.close();
  await second.close();
});

test("a failed save keeps the text in the browser and retries until the server is back", async ({ page }) => {
  await signIn(page, "reporter");
  await createDraft(page);
  let offline = true;
  await page.route("**/newsroom/articles/**", (route) =>
    offline && route.request().method() === "POST" ? route.abort("connectionrefused") : route.continue(),
  );
  await page.getByRole("textbox", { name: "正文" }).click();
  await page.keyboard.type("断网时写下的文字。");
  await expect(page.locator("[data-save-state]")).toHaveText("未保存（重试中）", { timeout: 15_000 });
  await expect(page.getByText("无法连接服务器，内容已暂存在本机")).toBeVisible();
  offline = false;
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "正文" })).toHaveText("断网时写下的文字。");
});
