import { expect, type Page, test } from "@playwright/test";
import { beijingLocal } from "../fixtures/beijing-time";
import { approvedArticle, confirmInDialog, signedInPage, placeInIssue } from "../fixtures/newsroom";

/** Whether a reader search for a headline's unique tag finds it. */
async function searchFinds(reader: Page, stamp: string, headline: string): Promise<boolean> {
  return (await (await reader.request.get(`/search?q=${stamp}`)).text()).includes(
    headline.replace(stamp, ""),
  );
}

/** Whether a reader finds the issue on each public surface: its page, /, /issues, the feed, search. */
async function readerSees(reader: Page, number: number, headline: string, stamp: string): Promise<boolean[]> {
  const issue = await reader.request.get(`/issues/${number}`);
  const front = await (await reader.request.get("/")).text();
  const list = await (await reader.request.get("/issues")).text();
  const feed = await (await reader.request.get("/feed.xml")).text();
  return [
    issue.status() === 200,
    front.includes(headline),
    list.includes(`第${number}期`),
    feed.includes(headline),
    await searchFinds(reader, stamp, headline),
  ];
}

const NOWHERE = [false, false, false, false, false];
const EVERYWHERE = [true, true, true, true, true];

test("an editor plans, previews and schedules an issue; readers see it exactly when it goes live", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const first = `中原区举办重阳敬老活动${stamp}`;
  const second = `中原区推进老旧小区改造${stamp}`;
  await approvedArticle(browser, first, "本报讯 近日，中原区举办重阳敬老活动，全区有1200名老人参加。");
  await approvedArticle(browser, second, "本报讯 中原区今年计划改造老旧小区三十个。");

  const editor = await signedInPage(browser, "editor");
  await editor.goto("/newsroom/issues");
  const number = Number(await editor.getByLabel("期号").inputValue());
  await editor.getByRole("button", { name: "新建一期" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toContainText(`第${number}期`);
  // Empty, its preview says so (readers would get 页面不存在), and the way back is one step.
  await editor.getByRole("link", { name: "预览本期" }).click();
  await expect(editor.getByText(`第${number}期还没有稿件。`, { exact: false })).toBeVisible();
  await editor.goBack();

  for (const headline of [first, second]) {
    await placeInIssue(editor, headline);
  }
  const yaowen = editor.getByRole("region", { name: /要闻/ });
  await expect(yaowen).toContainText("2 篇");
  await yaowen.getByRole("button", { name: `上移《${second}》` }).click();
  await expect(yaowen.getByRole("listitem").first()).toContainText(second);
  await yaowen
    .getByRole("listitem")
    .filter({ hasText: second })
    .getByRole("button", { name: /设为头条/ })
    .click();
  await expect(yaowen.getByRole("listitem").filter({ hasText: second })).toContainText("头条");

  await editor.getByRole("link", { name: "预览本期" }).click();
  await expect(editor.getByText("预览 — 未发布")).toBeVisible();
  // The front page it will make: the lead story first, as readers will get it once it is the latest.
  await editor.getByRole("link", { name: "预览首页" }).click();
  await expect(editor.getByText("预览 — 未发布")).toBeVisible();
  await expect(editor.getByRole("heading", { level: 2, name: second })).toBeVisible();
  await expect(
    editor.getByRole("complementary", { name: "本期目录" }).getByRole("listitem").first(),
  ).toContainText(second);
  await editor.goBack();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(`中原区报 第${number}期`);
  await editor.getByRole("link", { name: first }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(first);
  await editor.goBack();
  await editor.goBack();

  const reader = await (await browser.newContext()).newPage();
  expect(await readerSees(reader, number, first, stamp)).toEqual(NOWHERE);
  expect((await reader.goto(`/newsroom/preview/issues/${number}`))?.url()).toContain("/login");

  await editor.getByLabel("定时发布（北京时间）").fill(beijingLocal(15_000));
  await editor.getByRole("button", { name: "定时发布" }).click();
  await expect(editor.getByText("已定时。到时本期将自动发布。")).toBeVisible();

  expect(await readerSees(reader, number, first, stamp)).toEqual(NOWHERE);
  expect(await (await reader.request.get("/sitemap.xml")).text()).not.toContain(`/issues/${number}<`);
  // Nobody acts from here on: the issue goes live by its stored time. Every surface was cached
  // as "not there" above; each is invalidated at the scheduled moment, so all flip together.
  await expect
    .poll(() => readerSees(reader, number, first, stamp), { timeout: 30_000, intervals: [1000] })
    .toEqual(EVERYWHERE);
  expect(await (await reader.request.get("/sitemap.xml")).text()).toContain(`/issues/${number}</loc>`);
  // The newsroom knows it too, with nobody having opened the planner since: 已发布, not 已排期.
  const author = await signedInPage(browser, "reporter");
  await expect(author.getByRole("row").filter({ hasText: first })).toContainText("已发布");
  await author.context().close();
  await reader.goto(`/issues/${number}`);
  await reader.getByRole("link", { name: first }).click();
  await expect(reader).toHaveURL(/\/articles\//);
  const firstUrl = reader.url();
  await expect(reader.getByRole("article")).toContainText("全区有1200名老人参加");

  // An editor corrects the first article; readers see the dated note and the fixed text.
  await editor.goto("/newsroom/issues");
  await editor.getByRole("link", { name: `第${number}期` }).click();
  // The planner lists it twice: in the 稿件计划 budget and in its section.
  await editor.getByRole("region", { name: /要闻/ }).getByRole("link", { name: first, exact: true }).click();
  await editor.getByLabel("更正说明（读者可见）").fill("原稿参加人数有误，已更正。");
  await editor.getByLabel("原文（可选）", { exact: true }).fill("1200名");
  await editor.getByLabel("改为").fill("1100名");
  await editor.getByRole("button", { name: "发布更正" }).click();
  await expect(editor.getByRole("region", { name: "流程记录" })).toContainText("更正：原稿参加人数有误");
  await reader.goto(firstUrl);
  await expect(reader.getByRole("complementary").filter({ hasText: "更正" })).toContainText(
    "原稿参加人数有误，已更正。",
  );
  await expect(reader.getByRole("article").first()).toContainText("全区有1100名老人参加");
  await reader.goto(`/issues/${number}`);
  await expect(reader.getByRole("article").filter({ hasText: first })).toContainText("已更正");

  // Unpublishing the second article takes it off every public page at once.
  await editor.goto("/newsroom/issues");
  await editor.getByRole("link", { name: `第${number}期` }).click();
  // Published, an article leaves by 撤下 on its own page: the planner offers that, not 移出.
  const live = editor.getByRole("region", { name: /要闻/ });
  await expect(live.getByRole("button", { name: /^移出/ })).toHaveCount(0);
  await live.getByRole("link", { name: new RegExp(`^撤下….*${second}`) }).click();
  await expect(editor).toHaveURL(/\/newsroom\/articles\//);
  const secondPath = new URL(editor.url()).pathname.replace("/newsroom", "");
  await editor.getByLabel("审稿意见 / 说明").fill("内容需要更新");
  await editor.getByRole("button", { name: "撤下", exact: true }).click();
  await confirmInDialog(editor, "撤下");
  await expect(editor.getByText("已撤下", { exact: true }).first()).toBeVisible();
  // It was public: readers following a link learn it was withdrawn (410), not that it never was.
  expect((await reader.request.get(secondPath)).status()).toBe(410);
  expect(await (await reader.request.get("/feed.xml")).text()).not.toContain(second);
  expect(await searchFinds(reader, stamp, second)).toBe(false);
  expect(await searchFinds(reader, stamp, first)).toBe(true);
  await reader.goto(`/issues/${number}`);
  await expect(reader.getByText(second)).toHaveCount(0);
  await expect(reader.getByText(first).first()).toBeVisible();
});
