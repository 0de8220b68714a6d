import path from "node:path";
import { expect, test } from "@playwright/test";
import { createDraft, expectSaved, signIn } from "../fixtures/newsroom";

test("a reporter cannot open another reporter's draft, nor can an editor before it is submitted", async ({
  browser,
}) => {
  const owner = await browser.newPage();
  await signIn(owner, "reporter");
  const url = await createDraft(owner);
  await owner.getByLabel("标题", { exact: true }).fill("尚未提交的独家稿件");
  await expectSaved(owner);

  for (const username of ["reporter2", "editor"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, username);
    const response = await page.goto(url);
    expect(response?.status(), username).toBe(404);
    await expect(page.getByText("尚未提交的独家稿件")).toHaveCount(0);
    await context.close();
  }

  const anonymous = await browser.newContext();
  const page = await anonymous.newPage();
  await page.goto(url);
  await expect(page).toHaveURL(/\/login/);
  await anonymous.close();
});

test("an image in a draft is served to its author and to nobody else", async ({ page, browser }) => {
  await signIn(page, "reporter");
  await createDraft(page);
  await page.getByRole("textbox", { name: "正文" }).click();
  await page.getByRole("button", { name: "插入图片" }).click();
  await page.getByLabel(/图片文件/).setInputFiles(path.join(__dirname, "../fixtures/pixel.png"));
  await page.getByRole("button", { name: "插入", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请填写替代文字" })).toBeVisible();
  await page.getByLabel(/替代文字/).fill("培训现场");
  await page.getByRole("button", { name: "插入", exact: true }).click();
  const image = page.getByRole("textbox", { name: "正文" }).getByRole("img", { name: "培训现场" });
  await expect(image).toBeVisible();
  await expectSaved(page);
  const src = await image.getAttribute("src");
  expect(src).toMatch(/^\/api\/uploads\//);
  expect((await page.request.get(src!)).status()).toBe(200);

  const anonymous = await browser.newContext();
  expect(
    (await anonymous.request.get(`http://localhost:${process.env.E2E_PORT || 3100}${src}`)).status(),
  ).toBe(404);
  await anonymous.close();
});

test("an upload that is not an image is refused, whatever its name", async ({ page }) => {
  await signIn(page, "reporter");
  await createDraft(page);
  await page.getByRole("button", { name: "插入图片" }).click();
  await page.getByLabel(/图片文件/).setInputFiles({
    name: "photo.png",
    mimeType: "image/png",
    buffer: Buffer.from("<svg><script>alert(1)</script></svg>"),
  });
  await page.getByLabel(/替代文字/).fill("伪装的图片");
  await page.getByRole("button", { name: "插入", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "只能上传 PNG、JPEG、WebP 或 GIF 图片。" }),
  ).toBeVisible();
});

test("only admins reach people admin", async ({ page }) => {
  await signIn(page, "editor");
  const response = await page.goto("/newsroom/people");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: /没有权限/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "人员管理" })).toHaveCount(0);
});

test("the admin sees issues, their plans, the calendar, the review queue, quality and previews, and can change none of them", async ({
  page,
}) => {
  await signIn(page, "admin");
  const menu = page.getByRole("navigation", { name: "编辑部导航" });
  await menu.getByRole("link", { name: "期刊编排" }).click();
  await expect(page.getByRole("heading", { name: "期刊编排" })).toBeVisible();
  await expect(page.getByRole("button", { name: "新建一期" })).toHaveCount(0);

  await page.getByRole("link", { name: "第1期", exact: true }).click();
  await expect(page).toHaveURL(/\/newsroom\/issues\/1$/);
  await expect(page.getByRole("heading", { name: /^第1期/ })).toBeVisible();
  // The archive's articles, in their sections, each a link to the article; no control changes them.
  const lead = page.getByRole("link", { name: /中原区政府/ }).first();
  await expect(lead).toBeVisible();
  await expect(page.getByText("管理员可查看，不能修改。")).toBeVisible();
  // What an editor has on this page: arranging, the date, proofreading, withdrawing.
  for (const control of [/^设为头条/, /^移出/, /^上移/, "添加栏目", /^保存/, "撤下本期"])
    await expect(page.getByRole("button", { name: control }), String(control)).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);

  await page.getByRole("link", { name: "预览本期" }).click();
  await expect(page).toHaveURL(/\/newsroom\/preview\/issues\/1$/);
  await expect(page.getByRole("link", { name: /中原区政府/ }).first()).toBeVisible();

  await page.goto("/newsroom/calendar?month=2023-07");
  await expect(page.getByRole("heading", { name: "编辑日历" })).toBeVisible();
  await expect(page.getByRole("link", { name: /第1期/ })).toBeVisible();
  await page.goto("/newsroom/calendar");
  await expect(page.getByRole("link", { name: /建期/ })).toHaveCount(0);

  await menu.getByRole("link", { name: "待审稿件" }).click();
  await expect(page.getByText("全部待审稿件（只读）", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: /通过所选/ })).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);

  const quality = await page.goto("/newsroom/quality");
  expect(quality?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "质量统计" })).toBeVisible();
});
