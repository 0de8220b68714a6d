"use client";

import { useState } from "react";
import { compareWithLatestAction } from "@/app/(newsroom)/newsroom/articles/[id]/actions";
import { DiffView } from "@/components/newsroom/diff-view";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";
import type { LatestComparison } from "@/lib/articles/compare-with-latest";
import type { EditorSnapshot } from "./local-backup";

interface ConflictPanelProps {
  articleId: string;
  message: string;
  mine: () => EditorSnapshot;
  /** Continue from the stored version; the person re-applies their changes by hand. */
  onAdoptLatest: (latest: LatestComparison) => void;
}

/**
 * Shown when a save was refused because someone else saved first. Nothing is overwritten:
 * the person sees how their text differs from the stored one, then continues from the
 * stored version with their own text still in view (and kept in the browser).
 */
export function ConflictPanel({ articleId, message, mine, onAdoptLatest }: ConflictPanelProps) {
  const [comparison, setComparison] = useState<LatestComparison | null>(null);
  // Only this panel changes: the page must not re-render under the person's unsaved text.
  const comparing = useAction(compareWithLatestAction, { refresh: false });

  async function compare() {
    const snapshot = mine();
    const result = await comparing.run({
      articleId,
      headline: snapshot.headline,
      subtitle: snapshot.subtitle,
      body: snapshot.body,
    });
    if (result.ok) setComparison(result.data);
  }

  return (
    <section aria-labelledby="conflict-title" className="mb-4 rounded border-2 border-red-300 bg-red-50 p-4">
      <h2 id="conflict-title" className="font-bold text-red-900">
        保存冲突
      </h2>
      <p role="alert" className="mt-1 text-red-900">
        {message}
      </p>
      <StatusMessage message={comparing.message} className="mt-1" />
      {!comparison ? (
        <button
          type="button"
          onClick={compare}
          disabled={comparing.pending}
          className="mt-3 rounded bg-red-800 px-3 py-1.5 text-sm text-white hover:bg-red-900"
        >
          对照最新版本
        </button>
      ) : (
        <div className="mt-3 space-y-3">
          <p className="text-sm text-red-900">
            下面是最新版本{comparison.revision !== null && `（修订记录第 ${comparison.revision} 版）`}
            与您的文字的差异：
            <del className="bg-red-100">删除线</del>为最新版本中有而您没有的，
            <ins className="bg-green-100">下划线</ins>为您新写的。
          </p>
          <DiffView label="标题" parts={comparison.diff.headline} />
          <DiffView label="副题" parts={comparison.diff.subtitle} />
          <DiffView label="正文" parts={comparison.diff.body} />
          <button
            type="button"
            onClick={() => onAdoptLatest(comparison)}
            className="rounded bg-red-800 px-3 py-1.5 text-sm text-white hover:bg-red-900"
          >
            载入最新版本，在此基础上手动合并
          </button>
        </div>
      )}
    </section>
  );
}
