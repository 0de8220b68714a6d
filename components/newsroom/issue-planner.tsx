"use client";

import Link from "next/link";
import { useState } from "react";
import {
  addArticlesAction,
  arrangeIssueAction,
  createSectionAction,
} from "@/app/(newsroom)/newsroom/issues/actions";
import { type BulkOutcome, BulkSummary } from "@/components/planning/bulk-summary";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";
import { PlanSection, PlannedArticleLine } from "./planned-article-line";
import { statusLabel } from "@/lib/articles/article-status";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { QualitySummary } from "@/lib/quality/quality-summary";

export interface PlannedArticle {
  id: string;
  headline: string;
  status: ArticleStatus;
  charCount: number;
  isLead: boolean;
  sectionId: string | null;
  author: string;
  corrected: boolean;
  /** What proofreading caught in it, and what reached print (null: not in this issue's reckoning). */
  quality: QualitySummary | null;
}

export interface PlannerData {
  number: number;
  /** Published: every change here reaches readers at once. */
  live: boolean;
  sections: { id: string; name: string }[];
  bySection: { id: string; name: string; charCount: number; articles: PlannedArticle[] }[];
  pool: PlannedArticle[];
}

type Op = Parameters<typeof arrangeIssueAction>[0]["op"];

const SMALL =
  "rounded border border-gray-300 bg-white px-2 py-0.5 text-sm hover:border-brand disabled:opacity-40";

/** Arranging an issue: sections with their articles in order, the lead story, and the pool. */
export function IssuePlanner({ data }: { data: PlannerData }) {
  const arranging = useAction(arrangeIssueAction);
  const addingSection = useAction(createSectionAction, { success: "栏目已添加。" });
  const adding = useAction(addArticlesAction);
  const pending = arranging.pending || adding.pending;

  const [confirm, confirmDialog] = useConfirm();
  // The pool's choices: which articles are ticked for 编入所选, and the section each goes into.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [poolSections, setPoolSections] = useState<Record<string, string | null>>({});
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const poolSection = (article: PlannedArticle) =>
    article.id in poolSections ? poolSections[article.id] : article.sectionId;

  function run(op: Op) {
    void arranging.run({ number: data.number, op });
  }

  // Adding to a live issue publishes the article: the one change here that puts new text before readers.
  const confirmLive = async (headlines: string[]) =>
    !data.live ||
    (await confirm({
      title: "编入已上线的一期？",
      body: (
        <p>
          {headlines.map((headline) => `《${headline || "无标题"}》`).join("、")}将随第{data.number}
          期立即发布，读者马上就能看到。
        </p>
      ),
      confirmLabel: "编入并发布",
      danger: true,
    }));

  async function add(article: PlannedArticle, sectionId: string | null) {
    if (await confirmLive([article.headline])) run({ kind: "add", articleId: article.id, sectionId });
  }

  async function addSelected() {
    const chosen = data.pool.filter((article) => selected.has(article.id));
    if (!(await confirmLive(chosen.map((article) => article.headline)))) return;
    const result = await adding.run({
      number: data.number,
      items: chosen.map((article) => ({ articleId: article.id, sectionId: poolSection(article) })),
    });
    if (result.ok) {
      setOutcome({ verb: "编入", ...result.data, names: new Map(chosen.map((a) => [a.id, a.headline])) });
      setSelected(new Set());
    }
  }

  const sectionSelect = (article: PlannedArticle, onChange: (sectionId: string | null) => void) => (
    <select
      aria-label={`《${article.headline}》的栏目`}
      value={article.sectionId ?? ""}
      onChange={(event) => onChange(event.target.value || null)}
      className="rounded border border-gray-300 bg-white px-1 py-0.5 text-sm"
    >
      <option value="">未分栏目</option>
      {data.sections.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
        </option>
      ))}
    </select>
  );

  return (
    <div className="space-y-6">
      <StatusMessage message={arranging.message} />
      <StatusMessage message={adding.message} />
      {data.bySection.map((section) => (
        <PlanSection key={section.id || "none"} section={section}>
          {section.articles.length === 0 ? (
            <p className="px-4 py-3 text-sm text-muted">本栏目暂无稿件。</p>
          ) : (
            <ol className="divide-y divide-gray-100">
              {section.articles.map((article, index) => (
                <li key={article.id} className="flex flex-wrap items-center gap-3 px-4 py-2">
                  <PlannedArticleLine article={article} place={index + 1} />
                  {sectionSelect(article, (sectionId) =>
                    run({ kind: "section", articleId: article.id, sectionId }),
                  )}
                  <button
                    type="button"
                    className={SMALL}
                    disabled={pending || index === 0}
                    onClick={() => run({ kind: "move", articleId: article.id, direction: "up" })}
                    aria-label={`上移《${article.headline}》`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className={SMALL}
                    disabled={pending || index === section.articles.length - 1}
                    onClick={() => run({ kind: "move", articleId: article.id, direction: "down" })}
                    aria-label={`下移《${article.headline}》`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className={SMALL}
                    disabled={pending || article.isLead}
                    onClick={() => run({ kind: "lead", articleId: article.id })}
                  >
                    设为头条<span className="sr-only">：{article.headline}</span>
                  </button>
                  {article.status === "PUBLISHED" ? (
                    // Readers have it: it comes out by 撤下 on its page (a reason, a 410 notice), not 移出.
                    <Link
                      href={`/newsroom/articles/${article.id}#workflow-title`}
                      className={SMALL}
                      title="已发布的稿件不能移出：在稿件页撤下"
                    >
                      撤下…<span className="sr-only">：{article.headline}</span>
                    </Link>
                  ) : (
                    <button
                      type="button"
                      className={SMALL}
                      disabled={pending}
                      onClick={() => run({ kind: "remove", articleId: article.id })}
                    >
                      移出<span className="sr-only">：{article.headline}</span>
                    </button>
                  )}
                </li>
              ))}
            </ol>
          )}
        </PlanSection>
      ))}

      <section aria-labelledby="pool-title" className="rounded border border-dashed border-gray-400 bg-white">
        <h2 id="pool-title" className="border-b border-gray-200 px-4 py-2 font-bold">
          可编入的稿件（已通过 / 待用）
        </h2>
        {data.pool.length === 0 ? (
          <p className="px-4 py-3 text-sm text-muted">暂无可编入的稿件。</p>
        ) : (
          <>
            <ul className="divide-y divide-gray-100">
              {data.pool.map((article) => (
                <PoolRow
                  key={article.id}
                  article={{ ...article, sectionId: poolSection(article) }}
                  select={sectionSelect}
                  checked={selected.has(article.id)}
                  onCheck={(checked) =>
                    setSelected((current) => {
                      const next = new Set(current);
                      if (checked) next.add(article.id);
                      else next.delete(article.id);
                      return next;
                    })
                  }
                  onSection={(sectionId) =>
                    setPoolSections((current) => ({ ...current, [article.id]: sectionId }))
                  }
                  onAdd={() => void add(article, poolSection(article))}
                />
              ))}
            </ul>
            <div className="flex flex-wrap items-center gap-3 border-t border-gray-200 px-4 py-2">
              <button
                type="button"
                className={SMALL}
                disabled={pending || selected.size === 0}
                onClick={() => void addSelected()}
              >
                编入所选（{selected.size}）
              </button>
              <span className="text-xs text-muted">每篇编入各自所选的栏目。</span>
            </div>
          </>
        )}
        {outcome && <BulkSummary outcome={outcome} className="mx-4 my-2" />}
      </section>

      <form
        onSubmit={(event) => {
          event.preventDefault();
          const input = event.currentTarget.elements.namedItem("section-name") as HTMLInputElement;
          void addingSection.run({ name: input.value }).then((result) => {
            if (result.ok) input.value = "";
          });
        }}
        className="flex flex-wrap items-end gap-2"
      >
        <label className="text-sm">
          <span className="mb-1 block font-medium">新增栏目</span>
          <input name="section-name" className="rounded border border-gray-400 px-2 py-1" />
        </label>
        <button type="submit" className={SMALL} disabled={addingSection.pending}>
          添加栏目
        </button>
        <StatusMessage message={addingSection.message} className="basis-full" />
      </form>
      {confirmDialog}
    </div>
  );
}

function PoolRow({
  article,
  select,
  checked,
  onCheck,
  onSection,
  onAdd,
}: {
  article: PlannedArticle;
  select: (article: PlannedArticle, onChange: (sectionId: string | null) => void) => React.ReactNode;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  onSection: (sectionId: string | null) => void;
  onAdd: () => void;
}) {
  return (
    <li className="flex flex-wrap items-center gap-3 px-4 py-2">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onCheck(event.target.checked)}
        aria-label={`选择《${article.headline}》`}
      />
      <span className="min-w-48 flex-1">
        <Link href={`/newsroom/articles/${article.id}`} className="font-medium hover:underline">
          {article.headline || "（无标题）"}
        </Link>
        <span className="ml-2 text-xs text-muted">
          {article.author} · {statusLabel(article.status)} · {article.charCount.toLocaleString("zh-CN")} 字
        </span>
      </span>
      {select(article, onSection)}
      <button type="button" className={SMALL} onClick={onAdd}>
        编入本期<span className="sr-only">：{article.headline}</span>
      </button>
    </li>
  );
}
