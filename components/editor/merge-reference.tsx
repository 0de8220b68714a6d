"use client";

import { DiffView } from "@/components/newsroom/diff-view";
import type { LatestComparison } from "@/lib/articles/compare-with-latest";

/** After a conflict: the person's own changes stay in view while they merge them by hand. */
export function MergeReference({
  comparison,
  onClose,
}: {
  comparison: LatestComparison;
  onClose: () => void;
}) {
  return (
    <aside
      aria-labelledby="merge-title"
      className="mb-4 space-y-3 rounded border border-amber-300 bg-amber-50 p-4"
    >
      <div className="flex items-center justify-between">
        <h2 id="merge-title" className="font-bold text-amber-900">
          合并参考：您未保存的修改
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded border border-amber-400 px-2 py-0.5 text-sm"
        >
          合并完成，关闭
        </button>
      </div>
      <p className="text-sm text-amber-900">
        编辑器中现在是最新版本。请把下方下划线标出的您的修改重新加入正文。
      </p>
      <DiffView label="标题" parts={comparison.diff.headline} />
      <DiffView label="副题" parts={comparison.diff.subtitle} />
      <DiffView label="正文" parts={comparison.diff.body} />
    </aside>
  );
}
