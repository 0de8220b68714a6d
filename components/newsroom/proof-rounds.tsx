"use client";

import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ProofErrorCategory } from "@/lib/generated/prisma/enums";
import { recordProofRoundAction } from "@/app/(newsroom)/newsroom/issues/actions";
import {
  ERROR_CATEGORIES,
  ERROR_RATE_LIMIT,
  exceedsLimit,
  formatRate,
  roundName,
} from "@/lib/quality/error-rate";
import { StatusMessage } from "@/components/ui/status-message";

export interface RoundView {
  id: string;
  round: number;
  proofreader: string;
  at: string;
  note: string;
  errors: { id: string; category: ProofErrorCategory; passage: string }[];
}

type Target = { articleId: string } | { issueNumber: number };
type Row = { category: ProofErrorCategory; passage: string };

interface ProofRoundsProps {
  target: Target;
  rounds: RoundView[];
  /** Errors per 10,000 characters so far, with the count behind it. */
  rate: number;
  errors: number;
  characters: number;
}

/** 校对记录 (三校): the rounds so far, the error rate, and a form for the next round. */
export function ProofRounds({ target, rounds, rate, errors, characters }: ProofRoundsProps) {
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>([]);
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const next = roundName(rounds.length + 1);

  async function save() {
    const result = await recordProofRoundAction({ target, errors: rows, note });
    if (!result.ok) return setMessage({ text: result.error, error: true });
    setMessage({ text: `${roundName(result.data.round)}已记录。`, error: false });
    setRows([]);
    setNote("");
    router.refresh();
  }

  const update = (index: number, patch: Partial<Row>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <div className="space-y-3 text-sm">
      <p
        className={
          exceedsLimit(rate) ? "rounded bg-red-50 px-2 py-1 font-medium text-red-800" : "text-gray-700"
        }
        data-testid="error-rate"
      >
        差错率 {formatRate(rate)}（{errors} 处 / {characters.toLocaleString("zh-CN")} 字）
        {exceedsLimit(rate) && `，超过万分之${ERROR_RATE_LIMIT}`}
      </p>
      {rounds.length > 0 && (
        <ol className="space-y-2">
          {rounds.map((r) => (
            <li key={r.id} className="rounded border border-gray-200 bg-white p-2">
              <strong>{roundName(r.round)}</strong> · {r.proofreader} · {formatNewsroomTime(new Date(r.at))} ·
              差错 {r.errors.length} 处{r.note && <span className="block text-muted">{r.note}</span>}
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
        <button type="button" onClick={save} className="rounded bg-gray-800 px-3 py-1 text-xs text-white">
          保存{next}
        </button>
        <StatusMessage message={message} />
      </fieldset>
    </div>
  );
}
