import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "../fixtures/axe";
import { createDraft, signIn } from "../fixtures/newsroom";

test("the main newsroom pages have no accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await expectNoA11yViolations(page);
  await signIn(page, "reporter");
  await expectNoA11yViolations(page);
  await createDraft(page);
  await expectNoA11yViolations(page);
});

test("editors' pages have no accessibility violations", async ({ page }) => {
  await signIn(page, "editor");
  for (const path of [
    "/newsroom/review",
    "/newsroom/issues",
    "/newsroom/issues/1",
    "/newsroom/preview/issues/1",
    "/newsroom/search?q=党建",
    "/newsroom/notifications",
  ]) {
    await page.goto(path);
    await expectNoA11yViolations(page);
  }
});

test("admin pages have no accessibility violations", async ({ page }) => {
  await signIn(page, "admin");
  await expect(page.getByRole("heading", { name: "人员管理" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.goto("/newsroom/settings");
  await expectNoA11yViolations(page);
});

test("the newsroom can be used by keyboard: skip link, then sign in without a mouse", async ({ page }) => {
  await page.goto("/login");
  // The username field has focus on arrival.
  await expect(page.getByLabel("用户名")).toBeFocused();
  await page.keyboard.type("reporter");
  await page.keyboard.press("Tab");
  await page.keyboard.type(process.env.DEMO_PASSWORD || "zhongyuan-demo");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "我的稿件" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "跳到正文" })).toBeFocused();
});
