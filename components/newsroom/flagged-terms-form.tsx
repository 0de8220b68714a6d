"use client";

import { useState } from "react";
import { setFlaggedTermsAction } from "@/app/(newsroom)/newsroom/settings/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";

/** 校对词表: terms the proofreading checks flag, with their replacement. */
export function FlaggedTermsForm({ text }: { text: string }) {
  const [value, setValue] = useState(text);
  const { run, pending, message } = useAction(setFlaggedTermsAction, {
    success: (data) => `已保存 ${data.count} 条。`,
  });
  return (
    <div className="space-y-2 rounded border border-gray-200 bg-white p-4">
      <label htmlFor="flagged-terms" className="block font-bold">
        校对词表
      </label>
      <p id="flagged-terms-hint" className="text-sm text-muted">
        每行一条：需提示的词 | 建议改为 | 说明。例如：区直部门 | 区直单位 | 统一用语
      </p>
      <textarea
        id="flagged-terms"
        aria-describedby="flagged-terms-hint"
        rows={6}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        className="w-full rounded border border-gray-400 px-2 py-1 font-mono text-sm"
      />
      <button
        type="button"
        onClick={() => void run({ text: value })}
        disabled={pending}
        className="rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark disabled:opacity-60"
      >
        保存词表
      </button>
      <StatusMessage message={message} />
    </div>
  );
}
