"use client";

import type { FormEvent } from "react";
import { addCorrectionAction } from "@/app/(newsroom)/newsroom/articles/[id]/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";

/** 发布更正: a note readers will see with its date, and optionally the fix of the wrong words. */
export function CorrectionForm({ articleId }: { articleId: string }) {
  const { run, pending, message } = useAction(addCorrectionAction, { success: "更正已发布。" });
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const find = String(form.get("find") ?? "");
    const result = await run({
      articleId,
      note: String(form.get("note") ?? ""),
      find: find || undefined,
      replace: find ? String(form.get("replace") ?? "") : undefined,
    });
    if (result.ok) formElement.reset();
  }
  return (
    <form onSubmit={submit} className="mb-4 space-y-2 rounded border border-amber-300 bg-amber-50 p-4">
      <h2 className="font-bold text-amber-900">发布更正</h2>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">更正说明（读者可见）</span>
        <textarea name="note" rows={2} className="w-full rounded border border-gray-400 px-2 py-1" />
      </label>
      <div className="flex flex-wrap gap-2">
        <label className="text-sm">
          <span className="mb-1 block font-medium">原文（可选）</span>
          <input name="find" className="rounded border border-gray-400 px-2 py-1" />
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">改为</span>
          <input name="replace" className="rounded border border-gray-400 px-2 py-1" />
        </label>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-amber-700 px-4 py-1.5 text-white hover:bg-amber-800 disabled:opacity-50"
      >
        发布更正
      </button>
      <StatusMessage message={message} />
    </form>
  );
}
