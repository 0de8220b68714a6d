"use client";

import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";
import { useState } from "react";
import type { ProofErrorCategory } from "@/lib/generated/prisma/enums";
import { recordProofRoundAction } from "@/app/(newsroom)/newsroom/issues/actions";
import { ERROR_CATEGORIES, ERROR_RATE_LIMIT, formatRate, roundName } from "@/lib/quality/error-rate";
import type { QualitySummary } from "@/lib/quality/quality-summary";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";

export interface RoundView {
  id: string;
  round: number;
  proofreader: string;
  at: string;
  note: string;
  errors: { id: string; category: ProofErrorCategory; passage: string }[];
  /** Recorded after the text reached readers: its errors were in print. */
  afterPrint: boolean;
}

type Target = { articleId: string } | { issueNumber: number };
type Row = { category: ProofErrorCategory; passage: string };

interface ProofRoundsProps {
  target: Target;
  rounds: RoundView[];
  summary: QualitySummary;
}

/** 校对 before print and 见报差错 after it, kept apart: what proofreading caught is no fault. */
function QualityLines({ summary }: { summary: QualitySummary }) {
  const characters = summary.characters.toLocaleString("zh-CN");
  return (
    <div data-testid="error-rate" className="space-y-1">
      <p className="text-gray-700">
        {summary.proofread ? (
          <>
            校对改正 {summary.caughtErrors} 处（{formatRate(summary.caughtRate ?? 0)}）
          </>
        ) : (
          <span className="rounded bg-amber-100 px-1.5 font-medium text-amber-900">未校对</span>
        )}
      </p>
      {summary.printed ? (
        <p
          className={
            summary.overLimit ? "rounded bg-red-50 px-2 py-1 font-medium text-red-800" : "text-gray-700"
          }
        >
          见报差错率 {formatRate(summary.printRate ?? 0)}（{summary.printErrors} 处 / {characters} 字）
          {summary.overLimit && `，超过万分之${ERROR_RATE_LIMIT}`}
        </p>
      ) : (
        <p className="text-muted">尚未见报（{characters} 字）。</p>
      )}
    </div>
  );
}

/** 校对记录 (三校): the rounds so far, the error rates, and a form for the next round. */
export function ProofRounds({ target, rounds, summary }: ProofRoundsProps) {
  const [rows, setRows] = useState<Row[]>([]);
  const [note, setNote] = useState("");
  const { run, pending, message } = useAction(recordProofRoundAction, {
    success: (round) => `${roundName(round.round)}已记录。`,
  });
  const next = roundName(rounds.length + 1);

  async function save() {
    const result = await run({ target, errors: rows, note });
    if (!result.ok) return;
    setRows([]);
    setNote("");
  }

  const update = (index: number, patch: Partial<Row>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <div className="space-y-3 text-sm">
      <QualityLines summary={summary} />
      {rounds.length > 0 && (
        <ol className="space-y-2">
          {rounds.map((r) => (
            <li key={r.id} className="rounded border border-gray-200 bg-white p-2">
              <strong>{roundName(r.round)}</strong>
              {r.afterPrint && "（见报后）"} · {r.proofreader} · {formatNewsroomTime(new Date(r.at))} · 差错{" "}
              {r.errors.length} 处{r.note && <span className="block text-muted">{r.note}</span>}
              {r.errors.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {r.errors.map((e) => (
                    <li key={e.id}>
                      [{e.category}] {e.passage}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <fieldset className="space-y-2 rounded border border-gray-200 bg-white p-2">
        <legend className="px-1 font-medium">记录{next}</legend>
        {summary.printed && <p className="text-xs text-muted">已见报：此后记录的差错计入见报差错。</p>}
        {rows.map((row, index) => (
          <div key={index} className="flex flex-wrap gap-2">
            <label className="sr-only" htmlFor={`cat-${index}`}>
              差错类别 {index + 1}
            </label>
            <select
              id={`cat-${index}`}
              value={row.category}
              onChange={(e) => update(index, { category: e.target.value as Row["category"] })}
              className="rounded border border-gray-400 px-1"
            >
              {ERROR_CATEGORIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
            <label className="sr-only" htmlFor={`passage-${index}`}>
              差错原文 {index + 1}
            </label>
            <input
              id={`passage-${index}`}
              value={row.passage}
              onChange={(e) => update(index, { passage: e.target.value })}
              placeholder="差错所在原文"
              className="min-w-40 flex-1 rounded border border-gray-400 px-2"
            />
            <button
              type="button"
              onClick={() => setRows(rows.filter((_, i) => i !== index))}
              className="text-xs text-red-800 underline"
            >
              删除
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setRows([...rows, { category: "错字", passage: "" }])}
          className="rounded border border-gray-400 px-2 py-0.5 text-xs"
        >
          ＋ 添加差错
        </button>
        <label className="block">
          <span className="mb-1 block text-xs text-muted">备注（可选）</span>
          <input
            value={note}
            onChange={(e) => setNote(e.target.value)}
            className="w-full rounded border border-gray-400 px-2 py-0.5"
          />
        </label>
        <button
          type="button"
          onClick={save}
          disabled={pending}
          className="rounded bg-gray-800 px-3 py-1 text-xs text-white disabled:opacity-50"
        >
          保存{next}
        </button>
        <StatusMessage message={message} />
      </fieldset>
    </div>
  );
}
