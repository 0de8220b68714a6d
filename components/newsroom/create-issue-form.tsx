"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { createIssueAction } from "@/app/(newsroom)/newsroom/issues/actions";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";

export function CreateIssueForm({ suggestedNumber, today }: { suggestedNumber: number; today: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await createIssueAction({
      number: Number(form.get("number")),
      date: String(form.get("date") ?? ""),
    });
    if (!result.ok) return setError(result.error);
    router.push(`/newsroom/issues/${result.data.number}`);
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
      <button type="submit" className="rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark">
        新建一期
      </button>
      <div className="basis-full">
        <FormError message={error} />
      </div>
    </form>
  );
}
