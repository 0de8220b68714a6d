import { expect, type Page, test } from "@playwright/test";
import { approvedArticle, confirmInDialog, signedInPage, placeInIssue } from "../fixtures/newsroom";

/** The headlines of `wanted` in the order a page shows them. */
function orderIn(text: string, wanted: string[]): string[] {
  return wanted.filter((h) => text.includes(h)).sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

async function issueOrder(reader: Page, number: number, headlines: string[]): Promise<string[]> {
  return orderIn(await (await reader.request.get(`/issues/${number}`)).text(), headlines);
}

/** Walks the article pages by their 下一篇 links, from the first. */
async function nextLinkOrder(reader: Page, number: number, first: string): Promise<string[]> {
  await reader.goto(`/issues/${number}`);
  await reader.getByRole("link", { name: first, exact: true }).click();
  const heading = reader.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(first);
  const seen = [first];
  while ((await reader.getByRole("link", { name: /下一篇/ }).count()) > 0) {
    await reader.getByRole("link", { name: /下一篇/ }).click();
    await expect(heading).not.toHaveText(seen.at(-1)!);
    seen.push(await heading.innerText());
  }
  return seen;
}

test("the front page lists the latest issue in the same order as its issue page", async ({ page }) => {
  await page.goto("/");
  const number = Number(
    (
      await page
        .getByRole("link", { name: /^第\d+期$/ })
        .first()
        .textContent()
    )?.match(/\d+/)?.[0],
  );
  const contents = await page
    .getByRole("complementary")
    .filter({ hasText: "本期目录" })
    .getByRole("link")
    .allTextContents();
  await page.goto(`/issues/${number}`);
  const onIssuePage = await page.locator("main article h3 a").allTextContents();
  expect(onIssuePage).toEqual(contents);
});

test("readers see the planner's order everywhere, and a reordering at once", async ({ browser }) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const party = `中原区开展党员志愿服务月活动${stamp}`;
  const lead = `中原区召开经济运行分析会${stamp}`;
  const second = `中原区新增三处口袋公园${stamp}`;
  await approvedArticle(browser, party, "本报讯 本月，中原区组织党员走进社区开展志愿服务。", "reporter2");
  await approvedArticle(
    browser,
    lead,
    "本报讯 近日，中原区召开经济运行分析会，研究部署下一阶段工作。",
    "reporter2",
  );
  await approvedArticle(browser, second, "本报讯 中原区今年新建口袋公园三处，方便居民休闲。", "reporter2");

  const editor = await signedInPage(browser, "editor");
  await editor.goto("/newsroom/issues");
  const number = Number(await editor.getByLabel("期号").inputValue());
  // An issue of an earlier date: it must not become the front page that other tests look at.
  await editor.getByLabel("出版日期").fill("2020-03-02");
  await editor.getByRole("button", { name: "新建一期" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toContainText(`第${number}期`);
  // Added in an order unlike the page's: the 党建 story first, then the two 要闻 stories.
  for (const [headline, section] of [
    [party, "党建"],
    [lead, "要闻"],
    [second, "要闻"],
  ]) {
    await placeInIssue(editor, headline, section);
  }
  const planned = [lead, second, party];
  const headlines = [...planned];

  await editor.getByRole("link", { name: "预览本期" }).click();
  // Read the preview, not the planner it was opened from (whose 稿件计划 lists the same stories).
  await expect(editor).toHaveURL(new RegExp(`/newsroom/preview/issues/${number}$`));
  expect(orderIn(await editor.locator("main").innerText(), headlines)).toEqual(planned);
  await editor.goto(`/newsroom/issues/${number}`);
  await editor.getByRole("button", { name: "立即发布" }).click();
  await confirmInDialog(editor, "立即发布");
  await expect(editor.getByText("本期已发布。")).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  expect(await issueOrder(reader, number, headlines)).toEqual(planned);
  expect(orderIn(await (await reader.request.get(`/issues/${number}/print`)).text(), headlines)).toEqual(
    planned,
  );
  expect(orderIn(await (await reader.request.get("/feed.xml")).text(), headlines)).toEqual(planned);
  expect(await nextLinkOrder(reader, number, lead)).toEqual(planned);

  // The editor moves the second 要闻 story up: the very next reader request shows it.
  await editor.goto(`/newsroom/issues/${number}`);
  await editor
    .getByRole("region", { name: /要闻/ })
    .getByRole("button", { name: `上移《${second}》` })
    .click();
  await expect(editor.getByRole("region", { name: /要闻/ }).getByRole("listitem").first()).toContainText(
    second,
  );
  const reordered = [second, lead, party];
  expect(await issueOrder(reader, number, headlines)).toEqual(reordered);
  expect(orderIn(await (await reader.request.get("/feed.xml")).text(), headlines)).toEqual(reordered);
  expect(orderIn(await (await reader.request.get(`/issues/${number}/print`)).text(), headlines)).toEqual(
    reordered,
  );
  expect(await nextLinkOrder(reader, number, second)).toEqual(reordered);
});
