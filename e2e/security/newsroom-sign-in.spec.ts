import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../fixtures/newsroom";

/** Every newsroom page's address, from the pages themselves: a dynamic segment becomes "1". */
function newsroomPagePaths(): string[] {
  const root = path.resolve("app", "(newsroom)", "newsroom");
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((s) => s !== ".");
      return ["/newsroom", ...segments.map((s) => (s.startsWith("[") ? "1" : s))].join("/");
    });
}

test("every newsroom page sends someone not signed in to sign in, and back to that page after", async ({
  page,
}) => {
  const paths = newsroomPagePaths();
  expect(paths.length).toBeGreaterThan(10);
  for (const address of paths) {
    const response = await page.request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(307);
    expect(response.headers()["location"], address).toBe(`/login?next=${encodeURIComponent(address)}`);
  }
});

test("the address keeps the query it was opened with (a search, a month of the calendar)", async ({
  page,
}) => {
  for (const address of [
    "/newsroom/search?q=%E5%85%9A%E5%BB%BA&status=DRAFT",
    "/newsroom/calendar?month=2026-12",
  ]) {
    const response = await page.request.get(address, { maxRedirects: 0 });
    expect(response.headers()["location"], address).toBe(`/login?next=${encodeURIComponent(address)}`);
  }
});

test("an editor who opens a preview link signed out lands on the preview once signed in", async ({
  page,
}) => {
  await page.goto("/newsroom/preview/issues/1");
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByLabel("用户名").fill("editor");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/newsroom\/preview\/issues\/1$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("第1期");
});
