"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { createIssueAction } from "@/app/(newsroom)/newsroom/issues/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";
import { TextField } from "@/components/ui/text-field";

export function CreateIssueForm({ suggestedNumber, today }: { suggestedNumber: number; today: string }) {
  const router = useRouter();
  const { run, pending, message } = useAction(createIssueAction, { refresh: false });
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await run({
      number: Number(form.get("number")),
      date: String(form.get("date") ?? ""),
    });
    if (result.ok) router.push(`/newsroom/issues/${result.data.number}`);
  }
  return (
    <form
      id="new-issue"
      onSubmit={submit}
      className="flex flex-wrap items-end gap-3 rounded border border-gray-200 bg-white p-4"
      noValidate
    >
      <TextField
        label="期号"
        name="number"
        type="number"
        min={1}
        defaultValue={suggestedNumber}
        className="w-28"
      />
      <TextField label="出版日期" name="date" type="date" defaultValue={today} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark disabled:opacity-60"
      >
        新建一期
      </button>
      <div className="basis-full">
        <StatusMessage message={message} />
      </div>
    </form>
  );
}
