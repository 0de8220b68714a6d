import { expect, type Page, test } from "@playwright/test";
import {
  approvedArticle,
  confirmInDialog,
  DEMO_PASSWORD,
  signedInPage,
  placeInIssue,
} from "../fixtures/newsroom";

// Instance A is the tests' baseURL; instance B runs on the next port, on the same PostgreSQL
// database (playwright.postgresql.config.ts). A proxy could send any request to either.
const portB = Number(process.env.E2E_PORT || 3100) + 1;
const onB = (path: string) => `http://localhost:${portB}${path}`;

/** Seconds the README promises an instance takes to learn of another's change (READER_CACHE_TTL_MS), with time to render. */
const REACHES_WITHIN_MS = 5_000;

async function textOf(page: Page, url: string): Promise<string> {
  return (await page.request.get(url)).text();
}

test("an issue published on one instance is read on the other at once, search included", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const headline = `中原区两地联动发布测试${stamp}`;
  const reader = await (await browser.newContext()).newPage();
  // B has the front page, the issue list and a search kept from before the change.
  for (const path of ["/", "/issues", `/search?q=${stamp}`]) await reader.request.get(onB(path));
  expect(await textOf(reader, onB("/"))).not.toContain(headline);

  await approvedArticle(browser, headline, "本报讯 两个服务实例共用一个数据库，读者在哪个实例都能读到。");
  const editor = await signedInPage(browser, "editor");
  await editor.goto("/newsroom/issues");
  const number = Number(await editor.getByLabel("期号").inputValue());
  await editor.getByRole("button", { name: "新建一期" }).click();
  await placeInIssue(editor, headline);
  await editor.getByRole("button", { name: "立即发布" }).click();
  await confirmInDialog(editor, "立即发布");
  await expect(editor.getByText("本期已发布。")).toBeVisible();

  await expect
    .poll(
      async () => [
        (await reader.request.get(onB(`/issues/${number}`))).status(),
        (await textOf(reader, onB("/"))).includes(headline),
        (await textOf(reader, onB("/issues"))).includes(`第${number}期`),
        (await textOf(reader, onB(`/search?q=${stamp}`))).includes(headline.replace(stamp, "")),
      ],
      { timeout: REACHES_WITHIN_MS, intervals: [250] },
    )
    .toEqual([200, true, true, true]);
  await reader.goto(onB(`/issues/${number}`));
  await reader.getByRole("link", { name: headline }).click();
  await expect(reader.getByRole("article")).toContainText("读者在哪个实例都能读到");
});

test("a name locked out on one instance is refused on the other, even with its password", async ({
  page,
}) => {
  await page.goto("/login");
  await page.getByLabel("用户名").fill("reporter2");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("密码").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("用户名或密码错误。");
  }
  await page.goto(onB("/login"));
  await page.getByLabel("用户名").fill("reporter2");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(/登录失败次数过多，请 \d+ 分钟后再试。/);
  await expect(page).toHaveURL(/\/login/);
});

test("a session begun on one instance is honoured by the other, and signing out on one ends it on both", async ({
  browser,
}) => {
  const editor = await signedInPage(browser, "editor");
  await editor.goto(onB("/newsroom"));
  await expect(editor.getByRole("heading", { level: 1, name: "我的稿件" })).toBeVisible();
  const session = await editor.context().cookies();
  await editor.goto("/newsroom");
  await editor.getByRole("button", { name: "退出" }).click();
  await expect(editor).toHaveURL(/\/login/);
  // A copy of the signed-out token, replayed to the other instance, is refused there too.
  await editor.context().addCookies(session);
  await editor.goto(onB("/newsroom"));
  await expect(editor).toHaveURL(/\/login/);
});
