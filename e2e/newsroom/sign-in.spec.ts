import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "../fixtures/newsroom";

test("the newsroom sends anonymous visitors to sign in and back", async ({ page }) => {
  await page.goto("/newsroom");
  await expect(page).toHaveURL(/\/login\?next=%2Fnewsroom/);
  await page.getByLabel("用户名").fill("reporter");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的稿件" })).toBeVisible();
  await expect(page.getByText("张明")).toBeVisible();
});

test("a wrong password is refused in Chinese, and repeated failures are throttled", async ({ page }) => {
  const username = `nobody${Date.now()}`;
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("密码").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("用户名或密码错误。");
  }
  await page.getByLabel("密码").fill("wrong-again");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(/登录失败次数过多，请 \d+ 分钟后再试。/);
  await expect(page).toHaveURL(/\/login/);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "editor");
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/newsroom");
  await expect(page).toHaveURL(/\/login/);
});

test("first-run setup is gone once accounts exist", async ({ page }) => {
  const response = await page.goto("/setup");
  expect(response?.status()).toBe(404);
});
