import { expect, type Page, test } from "@playwright/test";
import { decide, signedInPage as as, writeAndSubmit } from "../fixtures/newsroom";
import { screens } from "../fixtures/screens";

const badge = (page: Page) => page.getByRole("banner").getByRole("link", { name: /通知/ });
const shown = async (page: Page) => Number((await badge(page).innerText()).replace(/\D/g, "") || 0);
const stored = async (page: Page) =>
  ((await (await page.request.get("/api/notifications/unread")).json()) as { count: number }).count;

test("reviewers are asked, the badge follows without a reload, and notices someone else handled clear", async ({
  browser,
}) => {
  const headline = `徽标测试${Date.now()}`;
  const reviewer = await as(browser, "editor2");
  const before = await shown(reviewer);
  await reviewer.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

  const reporter = await as(browser, "reporter");
  const path = await writeAndSubmit(reporter, headline, "本报讯 通知测试。");

  // The open page learns of the new submission when it regains focus (or within a minute). Other
  // tests notify this reviewer too, so the badge is compared with the stored count, not a number.
  await expect
    .poll(
      async () => {
        await reviewer.evaluate(() => window.dispatchEvent(new Event("focus")));
        const now = await shown(reviewer);
        return now === (await stored(reviewer)) && now !== before;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  expect(await reviewer.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

  await reviewer.goto("/newsroom/notifications");
  const asked = reviewer.getByRole("listitem").filter({ hasText: `《${headline}》已提交，等待审稿` });
  await expect(asked).toContainText("未读");

  // Another editor returns it: the reviewer's request is handled, and only the author hears why.
  const editor = await as(browser, "editor");
  await decide(editor, path, "退回修改", "请补充数据。");
  await reviewer.reload();
  await expect(asked).toContainText("已处理");
  await expect(asked.getByRole("button", { name: "标为已读" })).toHaveCount(0);
  await expect(reviewer.getByText(`《${headline}》被退回修改`)).toHaveCount(0);
  await screens(reviewer, "notifications-handled");

  await reporter.goto("/newsroom/notifications");
  await expect(
    reporter.getByRole("listitem").filter({ hasText: `《${headline}》被退回修改：请补充数据。` }),
  ).toContainText("未读");
});
