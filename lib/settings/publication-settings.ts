import { z } from "zod";
import { loadArticleFor } from "@/lib/articles/load-article-for";
import type { SessionUser } from "@/lib/auth/roles";
import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/messages";
import { assertRoleCan } from "@/lib/permissions/assert";
import type { FlaggedTerm } from "@/lib/proofread/flagged-terms";
import { invalidateReaderPages } from "@/lib/reader-cache/invalidate-reader-pages";
import { lineInput } from "@/lib/text/xml-safe-text";
import { recordAudit } from "@/lib/users/record-audit";

/**
 * The paper's name and the compliance fields of its masthead (报头). The name is shown on every
 * page (header, titles, footer, feed, the newsroom); the English name in the English interface
 * only, where the Chinese name would be an unreadable title. The compliance fields are shown on
 * issue pages and the print edition.
 */
export const mastheadSchema = z.object({
  name: lineInput().trim().min(1, "请填写报纸名称。").max(20, "报纸名称最多 20 个字。"),
  englishName: lineInput().trim().min(1, "请填写英文名称。").max(60, "英文名称最多 60 个字符。"),
  sponsor: lineInput().trim().max(60),
  publisher: lineInput().trim().max(60),
  licence: lineInput().trim().max(60),
  internal: z.boolean(),
});
export type Masthead = z.infer<typeof mastheadSchema>;

export const DEFAULT_MASTHEAD: Masthead = {
  name: "中原区报",
  englishName: "Zhongyuan District Bulletin",
  sponsor: "",
  publisher: "",
  licence: "",
  internal: false,
};
const MASTHEAD_KEY = "publication.masthead";
const TERMS_KEY = "proofread.terms";

/** A setting this module wrote (so of type T), or the fallback when none has been saved. */
async function readJson<T>(db: Database, key: string, fallback: T): Promise<T> {
  const setting = await db.setting.findUnique({ where: { key } });
  return setting ? (setting.value as T) : fallback;
}

async function writeJson(
  db: Database,
  actor: SessionUser,
  key: string,
  value: Prisma.InputJsonValue,
  detail: string,
  shownToReaders = false,
): Promise<void> {
  assertRoleCan(actor, "settings:manage");
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key },
      update: { value },
      create: { key, value },
    });
    await recordAudit(tx, { actorId: actor.id, action: `settings.${key}`, targetId: key, detail });
    if (shownToReaders) await invalidateReaderPages(tx, { everything: true }, new Date());
  });
}

export async function getMasthead(db: Database): Promise<Masthead> {
  return { ...DEFAULT_MASTHEAD, ...(await readJson<Partial<Masthead>>(db, MASTHEAD_KEY, {})) };
}

/** The paper's name as the interface in this language shows it. */
export function paperName(masthead: Masthead, locale: Locale): string {
  return locale === "en" ? masthead.englishName : masthead.name;
}

export function setMasthead(db: Database, actor: SessionUser, masthead: Masthead): Promise<void> {
  return writeJson(db, actor, MASTHEAD_KEY, masthead, "修改报头信息", true);
}

/** The term list as the admin manages it. */
export async function getFlaggedTerms(db: Database, actor: SessionUser): Promise<FlaggedTerm[]> {
  assertRoleCan(actor, "settings:manage");
  return readJson<FlaggedTerm[]>(db, TERMS_KEY, []);
}

/** The term list for the proofreading hints of an article the user may edit. */
export async function getProofreadTerms(
  db: Database,
  user: SessionUser,
  articleId: string,
): Promise<FlaggedTerm[]> {
  await loadArticleFor(db, user, articleId, "article:edit");
  return readJson<FlaggedTerm[]>(db, TERMS_KEY, []);
}

/** Reads the admin's list, one term per line: `旧称 | 新称 | 说明`. */
export function parseFlaggedTerms(text: string): FlaggedTerm[] {
  return text
    .split("\n")
    .map((line) => line.split("|").map((part) => part.trim()))
    .filter(([term]) => term)
    .map(([term, replacement = "", note = ""]) => ({ term, replacement, note }));
}

export function setFlaggedTerms(db: Database, actor: SessionUser, terms: FlaggedTerm[]): Promise<void> {
  return writeJson(db, actor, TERMS_KEY, terms, `校对词表：${terms.length} 条`);
}
