"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { decidePitchAction } from "@/app/(newsroom)/newsroom/planning/actions";
import { TextAreaField } from "@/components/planning/fields";
import { StatusMessage } from "@/components/ui/status-message";
import type { PitchDecision } from "@/lib/planning/pitch-decisions";

const LABELS: Record<PitchDecision, string> = { accept: "采纳", park: "暂缓", decline: "不采纳" };

/** An editor's decision on a pitch: accept, park, or decline with a reason. */
export function PitchDecisionPanel({ pitchId, decisions }: { pitchId: string; decisions: PitchDecision[] }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function decide(decision: PitchDecision) {
    if (decision === "decline" && !note.trim()) return setError("请填写不采纳的理由。");
    setPending(true);
    const result = await decidePitchAction({ pitchId, decision, note });
    setPending(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setNote("");
    router.refresh();
  }

  return (
    <section aria-labelledby="decision-title" className="rounded border border-gray-200 bg-white p-4">
      <h2 id="decision-title" className="font-bold">
        选题决定
      </h2>
      <TextAreaField
        label="理由 / 说明"
        name="note"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        rows={2}
        className="mt-3"
      />
      <div className="mt-3 flex flex-wrap gap-2">
        {decisions.map((decision) => (
          <button
            key={decision}
            type="button"
            disabled={pending}
            onClick={() => decide(decision)}
            className={
              decision === "accept"
                ? "rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark disabled:opacity-50"
                : "rounded border border-gray-400 bg-white px-4 py-1.5 hover:border-brand disabled:opacity-50"
            }
          >
            {LABELS[decision]}
          </button>
        ))}
      </div>
      <div className="mt-2">
        <StatusMessage message={error ? { text: error, error: true } : null} />
      </div>
    </section>
  );
}
