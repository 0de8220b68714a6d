"use client";

import { useState } from "react";
import { updateIssueDateAction } from "@/app/(newsroom)/newsroom/issues/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";

/** 出版日期: editable, since an imported issue's date is only inferred from its text. */
export function IssueDateForm({ number, date }: { number: number; date: string }) {
  const [value, setValue] = useState(date);
  const { run, pending, message } = useAction(updateIssueDateAction, { success: "出版日期已更新。" });
  return (
    <div className="space-y-2 rounded border border-gray-200 bg-white p-4">
      <label className="block text-sm">
        <span className="mb-1 block font-bold">出版日期</span>
        <input
          type="date"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          className="rounded border border-gray-400 px-2 py-1"
        />
      </label>
      <button
        type="button"
        disabled={value === date || pending}
        onClick={() => void run({ number, date: value })}
        className="rounded border border-gray-400 px-3 py-1 text-sm disabled:opacity-50"
      >
        保存日期
      </button>
      <StatusMessage message={message} />
    </div>
  );
}
