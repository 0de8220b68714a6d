import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/roles";
import { createArticle } from "@/lib/articles/create-article";
import { saveArticle } from "@/lib/articles/save-article";
import type { Database } from "@/lib/db";
import { createTempDatabase } from "@/lib/testing/temp-database";
import { createTestUser, docOf } from "@/lib/testing/factories";
import { systemClock } from "@/lib/time/clock";
import { searchNewsroom } from "./search-newsroom";

let db: Database;
let dispose: () => Promise<void>;
let reporter: SessionUser;
const clock = () => new Date("2026-11-26T02:00:00Z");

beforeEach(async () => {
  ({ db, dispose } = createTempDatabase());
  reporter = await createTestUser(db, "REPORTER");
});
afterEach(() => dispose());

async function draft(headline: string, text: string) {
  const { id } = await createArticle(db, reporter);
  await saveArticle(
    db,
    reporter,
    { id, version: 1, headline, subtitle: "", sectionId: null, body: docOf(text) },
    clock,
  );
  return id;
}

const headlines = async (q: string) =>
  (await searchNewsroom(db, reporter, { q }, systemClock)).map((a) => a.headline);

describe("searchNewsroom", () => {
  it("searches the words of the text, not the stored document's JSON", async () => {
    await draft("网格员培训", "本报讯 社区网格员参加培训。");
    await draft("党建工作", "街道召开党建工作会议。");

    expect(await headlines("网格员参加")).toEqual(["网格员培训"]);
    expect(await headlines("会议")).toEqual(["党建工作"]);
    // Names of the document's structure are in every stored body and in no article's text.
    for (const q of ["paragraph", "type", "doc", "content", "text"]) expect(await headlines(q)).toEqual([]);
  });
});
