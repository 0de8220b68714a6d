import { expect, type Page, test } from "@playwright/test";
import { expectNoA11yViolations } from "../fixtures/axe";
import { beijingLocal } from "../fixtures/beijing-time";
import { decide, expectSaved, signedInPage, writeAndSubmit } from "../fixtures/newsroom";

/** A date in next month (Beijing), so the issue lies ahead whatever day the tests run. */
function nextMonthDate(day: number): { month: string; date: string; label: string } {
  const [year, month] = beijingLocal().slice(0, 7).split("-").map(Number);
  const next = new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
  return { month: next.slice(0, 7), date: next, label: `${Number(next.slice(5, 7))}月${day}日` };
}

/** The day before, at 18:00, as the deadline of copy for an issue on `date`. */
const eveBefore = (date: string) =>
  `${new Date(new Date(`${date}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10)}T18:00`;

/**
 * Creates an issue for `date` from the editorial calendar, with the suggested number (the
 * next free one if a parallel test took it meanwhile); returns its number.
 */
async function createIssueFromCalendar(editor: Page, day: number): Promise<number> {
  const { month, date, label } = nextMonthDate(day);
  await editor.goto(`/newsroom/calendar?month=${month}`);
  await editor.getByRole("link", { name: new RegExp(`建期\\s*：${label}$`) }).click();
  await expect(editor.getByLabel("出版日期")).toHaveValue(date);
  let number = Number(await editor.getByLabel("期号").inputValue());
  for (;;) {
    await editor.getByLabel("期号").fill(String(number));
    await editor.getByRole("button", { name: "新建一期" }).click();
    const outcome = await Promise.race([
      editor.waitForURL(/\/newsroom\/issues\/\d+$/).then(() => "created"),
      editor
        .getByText(`第${number}期已经存在`)
        .waitFor()
        .then(() => "taken"),
    ]);
    if (outcome === "created") return number;
    number += 1;
  }
}

async function proposePitch(
  page: Page,
  topic: string,
  options: { section?: string; reporter?: string } = {},
) {
  await page.goto("/newsroom/planning");
  await page.getByText("＋ 提出选题").click();
  await page.getByLabel("选题", { exact: true }).fill(topic);
  await page.getByLabel("报道角度").fill("从老人用餐难说起，写清食堂的价格和供餐时间。");
  if (options.section) await page.getByLabel("栏目").selectOption({ label: options.section });
  if (options.reporter) await page.getByLabel("建议记者").selectOption({ label: options.reporter });
  await page.getByLabel("图片需求").fill("开业现场、老人用餐");
  await page.getByLabel("采访对象与线索").fill("街道办 王主任");
  await page.getByRole("button", { name: "提交选题" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(topic);
  return new URL(page.url()).pathname;
}

/** Checks the page for accessibility violations, then keeps it at desk and phone widths. */
async function screenshotAt(page: Page, name: string) {
  await expectNoA11yViolations(page);
  for (const [label, size] of [
    ["1280", { width: 1280, height: 900 }],
    ["390", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `screenshots/planning/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("pitch → accept → assign → the reporter starts from the assignment and submits → filled in the budget", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const topic = `社区食堂开业${Date.now().toString(36)}`;
  const editor = await signedInPage(browser, "editor");
  const number = await createIssueFromCalendar(editor, 20);
  const { date } = nextMonthDate(20);

  // A reporter proposes; the decision and the assignment are not theirs to make.
  const reporter = await signedInPage(browser, "reporter");
  const pitchPath = await proposePitch(reporter, topic, { section: "社区", reporter: "张明（记者）" });
  await expect(reporter.getByText("待定", { exact: true })).toBeVisible();
  await expect(reporter.getByRole("button", { name: "采纳", exact: true })).toHaveCount(0);
  await expect(reporter.getByRole("button", { name: "派稿" })).toHaveCount(0);
  await expect(reporter.getByRole("region", { name: "选题记录" })).toContainText("提出选题");

  // The editor accepts it and assigns it: two reporters' worth of credits, a deadline, an issue.
  await editor.goto("/newsroom/planning");
  await editor
    .getByRole("region", { name: /待定选题/ })
    .getByRole("link", { name: topic })
    .click();
  await editor.getByRole("button", { name: "采纳", exact: true }).click();
  await expect(editor.getByText("已采纳", { exact: true })).toBeVisible();
  const form = editor.getByRole("region", { name: "派稿", exact: true });
  await expect(form.getByLabel("张明（记者）")).toBeChecked();
  await form.getByLabel("摄影").selectOption({ label: "李华（记者）" });
  await form.getByLabel("截稿时间（北京时间）").fill(eveBefore(date));
  await form.getByLabel("目标字数").fill("800");
  await form.getByLabel("计划刊期").selectOption({ label: `第${number}期（${date}）` });
  await expect(form.getByLabel("栏目")).toHaveValue(/.+/);
  await form.getByRole("button", { name: "派稿" }).click();
  await expect(editor.getByRole("region", { name: /^派稿/ }).first()).toContainText("未动笔");
  await expect(editor.getByRole("region", { name: "选题记录" })).toContainText("派稿");
  await screenshotAt(editor, "pitch");

  // The budget of the issue shows the story planned and not started.
  await editor.goto(`/newsroom/issues/${number}`);
  const budget = editor.getByRole("region", { name: /稿件计划/ });
  const row = budget.getByRole("listitem").filter({ hasText: topic });
  await expect(row).toContainText("未动笔");
  await expect(row).toContainText("张明");
  await expect(row).toContainText("— / 800");

  // The reporter finds it at the top of the home page and starts the article from it.
  await reporter.goto("/newsroom");
  const mine = reporter.getByRole("region", { name: /派给我的稿件/ });
  await expect(mine.getByRole("listitem").filter({ hasText: topic })).toContainText(`第${number}期`);
  await screenshotAt(reporter, "reporter-home");
  await mine.getByRole("button", { name: new RegExp(`开始写作\\s*：${topic}`) }).click();
  await expect(reporter).toHaveURL(/\/newsroom\/articles\/\w+/);
  await expect(reporter.getByLabel("标题", { exact: true })).toHaveValue(topic);
  await expect(reporter.locator("#section option:checked")).toHaveText("社区");
  await expect(reporter.getByRole("region", { name: "署名" })).toContainText("记者 张明 摄影 李华");
  await expect(reporter.getByRole("region", { name: "流程记录" })).toContainText(`根据派稿新建：${topic}`);
  await reporter.getByRole("textbox", { name: "正文" }).click();
  await reporter.keyboard.type("本报讯 社区食堂今天开业，八十岁以上老人用餐半价。");
  await expectSaved(reporter);
  await reporter.getByRole("button", { name: "提交审稿" }).click();
  await expect(reporter.getByText("已提交", { exact: true }).first()).toBeVisible();
  const articlePath = new URL(reporter.url()).pathname;

  await editor.reload();
  await expect(row).toContainText("已提交");
  await decide(editor, articlePath, "审核通过", "同意。");
  await editor.goto(`/newsroom/issues/${number}`);
  await expect(row).toContainText("已通过");
  await expect(budget).toContainText("计划 1 篇 · 已通过 1 · 缺 0");

  // The pitch page links the article and says how far it has come.
  await reporter.goto(pitchPath);
  await expect(reporter.getByRole("region", { name: /^派稿/ })).toContainText("已通过");
  await expect(reporter.getByRole("region", { name: "选题记录" })).toContainText("开始写作");

  // The editor places it from the pool with the planner's bulk add; the budget says so.
  await editor
    .getByRole("region", { name: /可编入的稿件/ })
    .getByRole("checkbox", { name: `选择《${topic}》` })
    .check();
  await editor.getByRole("button", { name: "编入所选（1）" }).click();
  await expect(editor.getByText("已编入 1 篇。")).toBeVisible();
  await expect(row).toContainText("已编入");
  await screenshotAt(editor, "budget");

  await editor.goto(`/newsroom/calendar?month=${nextMonthDate(20).month}`);
  await expect(editor.getByRole("link", { name: new RegExp(`^第${number}期`) })).toContainText(
    "已通过 1 / 计划 1",
  );
});

test("an assignment past its deadline without copy is flagged overdue everywhere", async ({ browser }) => {
  test.setTimeout(120_000);
  const topic = `老旧小区加装电梯${Date.now().toString(36)}`;
  const editor = await signedInPage(browser, "editor");
  const number = await createIssueFromCalendar(editor, 22);
  const { date, month } = nextMonthDate(22);

  // An editor may propose too, and decide their own pitch: planning is their job.
  await proposePitch(editor, topic);
  await editor.getByRole("button", { name: "采纳", exact: true }).click();
  const form = editor.getByRole("region", { name: "派稿", exact: true });
  await form.getByLabel("李华（记者）").check();
  // Due in 20 seconds: the server's own clock decides when it is overdue.
  const deadline = beijingLocal(20_000);
  await form.getByLabel("截稿时间（北京时间）").fill(deadline);
  await form.getByLabel("计划刊期").selectOption({ label: `第${number}期（${date}）` });
  await form.getByRole("button", { name: "派稿" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "已派稿。" })).toBeVisible();
  await expect(editor.getByText("已逾期")).toHaveCount(0);

  const reporter2 = await signedInPage(browser, "reporter2");
  const card = reporter2
    .getByRole("region", { name: /派给我的稿件/ })
    .getByRole("listitem")
    .filter({ hasText: topic });
  await expect(card).toBeVisible();
  await expect(card).not.toContainText("已逾期");

  await expect(async () => {
    await reporter2.reload();
    await expect(card).toContainText("已逾期", { timeout: 1000 });
  }).toPass({ timeout: 45_000 });
  await screenshotAt(reporter2, "reporter-home-overdue");

  await editor.goto(`/newsroom/issues/${number}`);
  const budget = editor.getByRole("region", { name: /稿件计划/ });
  await expect(budget.getByRole("listitem").filter({ hasText: topic })).toContainText("已逾期");
  await expect(budget).toContainText("逾期 1");
  await screenshotAt(editor, "budget-overdue");

  await editor.goto("/newsroom/planning");
  await expect(
    editor
      .getByRole("region", { name: /已采纳/ })
      .getByRole("listitem")
      .filter({ hasText: topic }),
  ).toContainText("已逾期");
  await screenshotAt(editor, "planning-list");

  await editor.goto(`/newsroom/calendar?month=${month}`);
  await expect(editor.getByRole("link", { name: new RegExp(`^第${number}期`) })).toContainText("逾期 1");
  await screenshotAt(editor, "calendar-next-month");
  await editor.goto(`/newsroom/calendar?month=${deadline.slice(0, 7)}`);
  const deadlineDay = editor.getByRole("listitem").filter({ hasText: topic }).last();
  await expect(deadlineDay).toContainText("已逾期");
  await screenshotAt(editor, "calendar");

  // A new deadline lifts the flag, and the pitch's timeline records the change.
  await deadlineDay.getByRole("link").click();
  await editor.getByLabel("截稿时间（北京时间）").fill(eveBefore(date));
  await editor.getByRole("button", { name: "保存修改" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "派稿已修改。" })).toBeVisible();
  await expect(editor.getByRole("region", { name: "选题记录" })).toContainText(
    `截稿 ${deadline.slice(0, 10).replaceAll("-", "/")}`,
  );
  await expect(editor.getByText("已逾期")).toHaveCount(0);
  await editor.goto(`/newsroom/issues/${number}`);
  await expect(budget).not.toContainText("逾期");
});

test("a reporter cannot decide or assign, nor see another reporter's pitch; an editor parks, then declines with a reason", async ({
  browser,
}) => {
  const topic = `夜市管理${Date.now().toString(36)}`;
  const reporter = await signedInPage(browser, "reporter");
  const path = await proposePitch(reporter, topic);
  await expect(reporter.getByRole("region", { name: "选题决定" })).toHaveCount(0);
  await expect(reporter.getByRole("region", { name: "派稿", exact: true })).toHaveCount(0);

  const reporter2 = await signedInPage(browser, "reporter2");
  const response = await reporter2.goto(path);
  expect(response?.status()).toBe(404);
  await reporter2.goto("/newsroom/planning");
  await expect(reporter2.getByText(topic)).toHaveCount(0);
  await reporter2.goto("/newsroom/calendar");
  await expect(reporter2.getByRole("heading", { name: "编辑日历" })).toHaveCount(0);

  const editor = await signedInPage(browser, "editor2");
  await editor.goto(path);
  await editor.getByRole("button", { name: "暂缓" }).click();
  await expect(editor.getByText("暂缓", { exact: true }).first()).toBeVisible();
  await expect(editor.getByRole("button", { name: "暂缓" })).toHaveCount(0);
  await editor.getByRole("button", { name: "不采纳" }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "请填写不采纳的理由。" })).toBeVisible();
  await editor.getByLabel("理由 / 说明").fill("市场监管局下周统一发布，届时再报。");
  await editor.getByRole("button", { name: "不采纳" }).click();
  await expect(editor.getByRole("region", { name: "选题决定" })).toHaveCount(0);

  await reporter.goto("/newsroom/planning");
  await expect(
    reporter
      .getByRole("region", { name: /不采纳/ })
      .getByRole("listitem")
      .filter({ hasText: topic }),
  ).toContainText("不采纳：市场监管局下周统一发布，届时再报。");
  await reporter.goto(path);
  await expect(reporter.getByRole("region", { name: "选题记录" })).toContainText("暂缓");
});

test("bulk: approve several with one opinion, and mark several notifications read", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const headlines = [`批量审稿甲${stamp}`, `批量审稿乙${stamp}`];
  const reporter = await signedInPage(browser, "reporter");
  for (const headline of headlines) await writeAndSubmit(reporter, headline, "本报讯 批量审稿测试。");

  const editor = await signedInPage(browser, "editor2");
  await editor.goto("/newsroom/review");
  for (const headline of headlines)
    await editor.getByRole("checkbox", { name: `选择《${headline}》` }).check();
  await editor.getByRole("button", { name: "通过所选（2）" }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "请填写审稿意见。" })).toBeVisible();
  await editor.getByLabel("审稿意见（批量）").fill("均同意刊发。");
  await editor.getByRole("button", { name: "通过所选（2）" }).click();
  await expect(editor.getByText("已通过 2 篇。")).toBeVisible();
  for (const headline of headlines) await expect(editor.getByRole("link", { name: headline })).toHaveCount(0);

  await reporter.goto("/newsroom/notifications");
  for (const headline of headlines) {
    await reporter.getByRole("checkbox", { name: `选择：《${headline}》审核通过` }).check();
  }
  await reporter.getByRole("button", { name: "将所选标为已读（2）" }).click();
  for (const headline of headlines) {
    const item = reporter.getByRole("listitem").filter({ hasText: `《${headline}》审核通过` });
    await expect(item).not.toContainText("未读");
  }
  await reporter.getByRole("link", { name: `《${headlines[0]}》审核通过` }).click();
  await expect(reporter.getByRole("region", { name: "流程记录" })).toContainText("均同意刊发。");
});
