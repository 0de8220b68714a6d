import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { createDraft, signIn } from "../fixtures/newsroom";

test("the main newsroom pages have no serious accessibility problems", async ({ page }) => {
  await page.goto("/login");
  await expectNoSeriousA11yViolations(page);
  await signIn(page, "reporter");
  await expectNoSeriousA11yViolations(page);
  await createDraft(page);
  await expectNoSeriousA11yViolations(page);
});

test("people admin has no serious accessibility problems", async ({ page }) => {
  await signIn(page, "admin");
  await expect(page.getByRole("heading", { name: "人员管理" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
