"use client";

import { type FormEvent, useState } from "react";
import { addCorrectionAction } from "@/app/(newsroom)/newsroom/articles/[id]/actions";

/** 发布更正: a note readers will see with its date, and optionally the fix of the wrong words. */
export function CorrectionForm({ articleId }: { articleId: string }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const find = String(form.get("find") ?? "");
    const result = await addCorrectionAction({
      articleId,
      note: String(form.get("note") ?? ""),
      find: find || undefined,
      replace: find ? String(form.get("replace") ?? "") : undefined,
    });
    if (!result.ok) return setMessage({ text: result.error, error: true });
    window.location.reload();
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
      <button type="submit" className="rounded bg-amber-700 px-4 py-1.5 text-white hover:bg-amber-800">
        发布更正
      </button>
      {message && (
        <p role="alert" className="text-sm text-red-800">
          {message.text}
        </p>
      )}
    </form>
  );
}
