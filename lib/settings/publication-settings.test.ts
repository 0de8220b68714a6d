import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import { EVERY_READER_PAGE } from "@/lib/reader-cache/reader-page-tags";
import { createTestUser } from "@/lib/testing/factories";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { getMasthead, mastheadSchema, paperName, setMasthead } from "./publication-settings";

let db: Database;
let dispose: () => Promise<void>;
let admin: SessionUser;
let editor: SessionUser;

beforeAll(async () => {
  ({ db, dispose } = createTempDatabase());
  [admin, editor] = await Promise.all([createTestUser(db, "ADMIN"), createTestUser(db, "EDITOR")]);
});
afterAll(() => dispose());

const RENAMED = {
  name: "中原新闻",
  englishName: "Zhongyuan News",
  sponsor: "中共郑州市中原区委",
  publisher: "",
  licence: "",
  internal: false,
};

describe("the paper's name", () => {
  it("is 中原区报 until an admin names it, and a masthead saved before the English name keeps its own", async () => {
    expect(paperName(await getMasthead(db), "zh-CN")).toBe("中原区报");
    expect(paperName(await getMasthead(db), "en")).toBe("Zhongyuan District Bulletin");
    await db.setting.create({
      data: { key: "publication.masthead", value: { name: "中原周报", internal: true } },
    });
    const masthead = await getMasthead(db);
    expect([masthead.name, masthead.englishName, masthead.internal]).toEqual([
      "中原周报",
      "Zhongyuan District Bulletin",
      true,
    ]);
  });

  it("reaches every reader page at once when it changes: one invalidation of them all", async () => {
    await db.readerInvalidation.deleteMany();
    await setMasthead(db, admin, RENAMED);
    expect(paperName(await getMasthead(db), "zh-CN")).toBe("中原新闻");
    expect(paperName(await getMasthead(db), "en")).toBe("Zhongyuan News");
    expect((await db.readerInvalidation.findMany()).map((row) => row.tag)).toEqual([EVERY_READER_PAGE]);
  });

  it("keeps to one line whatever a request carries: a break would show in titles, the feed and JSON-LD", () => {
    const parsed = mastheadSchema.parse({ ...RENAMED, name: "中原\r\n新闻", englishName: "Zhongyuan\nNews" });
    expect([parsed.name, parsed.englishName]).toEqual(["中原 新闻", "Zhongyuan News"]);
  });

  it("is refused empty or too long, with a Chinese message, and only an admin may change it", async () => {
    const empty = mastheadSchema.safeParse({ ...RENAMED, name: "  " });
    expect(empty.error?.issues[0].message).toBe("请填写报纸名称。");
    const long = mastheadSchema.safeParse({ ...RENAMED, englishName: "x".repeat(61) });
    expect(long.error?.issues[0].message).toBe("英文名称最多 60 个字符。");
    await expect(setMasthead(db, editor, { ...RENAMED, name: "别的报" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await getMasthead(db)).name).toBe("中原新闻");
  });
});
