"use client";

import { useState } from "react";
import { setReviewStagesAction } from "@/app/(newsroom)/newsroom/settings/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";

const OPTIONS = [
  { stages: 1, label: "一审：编辑审核通过即可" },
  { stages: 2, label: "二审：初审（编辑）→ 终审（主编）" },
  { stages: 3, label: "三审：初审 → 复审（编辑）→ 终审（主编）" },
];

export function ReviewStagesForm({ current }: { current: number }) {
  const [value, setValue] = useState(current);
  const { run, pending, message } = useAction(setReviewStagesAction, { success: "已保存。" });
  return (
    <fieldset className="space-y-2 rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 font-bold">审稿流程（审级）</legend>
      {OPTIONS.map((option) => (
        <label key={option.stages} className="flex items-center gap-2">
          <input
            type="radio"
            name="stages"
            value={option.stages}
            checked={value === option.stages}
            onChange={() => setValue(option.stages)}
          />
          {option.label}
        </label>
      ))}
      <button
        type="button"
        onClick={() => void run({ stages: value })}
        disabled={pending}
        className="mt-2 rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark disabled:opacity-60"
      >
        保存设置
      </button>
      <StatusMessage message={message} />
    </fieldset>
  );
}
