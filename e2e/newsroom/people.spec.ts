import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures/newsroom";

test("an admin creates an account that can sign in, then deactivates it and it cannot", async ({
  page,
  browser,
}) => {
  const username = `liu${Date.now().toString(36)}`;
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/newsroom\/people/);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("姓名").fill("刘洋");
  await page.getByLabel("角色", { exact: true }).selectOption({ label: "记者" });
  await page.getByLabel("初始密码").fill("short");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "密码至少需要 8 个字符。" })).toBeVisible();
  await page.getByLabel("初始密码").fill("liuyang-2026");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText(`已创建账号 ${username}。`)).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(username) });
  await expect(row).toContainText("刘洋");

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await signIn(newcomer, username, "liuyang-2026");
  await expect(newcomer.getByRole("heading", { name: "我的稿件" })).toBeVisible();

  await row.getByRole("button", { name: `停用 ${username}` }).click();
  await expect(row).toContainText("已停用");
  await expect(page.getByText(`停用账号 ${username}`)).toBeVisible();

  // The open session stops working at once, and signing in again is refused.
  await newcomer.reload();
  await expect(newcomer).toHaveURL(/\/login/);
  await newcomer.getByLabel("用户名").fill(username);
  await newcomer.getByLabel("密码").fill("liuyang-2026");
  await newcomer.getByRole("button", { name: "登录" }).click();
  await expect(newcomer.locator("form").getByRole("alert")).toHaveText("该账号已停用，请联系管理员。");
  await context.close();
});

test("an admin cannot take away their own admin role", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByLabel("admin 的角色").selectOption({ label: "编辑" });
  await expect(page.getByRole("alert").filter({ hasText: "不能取消自己的管理员角色。" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("admin 的角色")).toHaveValue("ADMIN");
});
