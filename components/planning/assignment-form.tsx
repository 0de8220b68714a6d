"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { saveAssignmentAction } from "@/app/(newsroom)/newsroom/planning/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "./fields";

interface Option {
  value: string;
  label: string;
}

export interface AssignmentFormValues {
  reporterIds: string[];
  photographerId: string;
  /** Beijing wall-clock time, as the datetime input holds it. */
  deadline: string;
  targetChars: number;
  issueNumber: string;
  sectionId: string;
}

/** 派稿 (or changing an assignment): reporters, photographer, deadline, 字数, issue and 栏目. */
export function AssignmentForm({
  pitchId,
  initial,
  writers,
  issues,
  sections,
  editing,
}: {
  pitchId: string;
  initial: AssignmentFormValues;
  writers: Option[];
  issues: Option[];
  sections: Option[];
  editing: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    setPending(true);
    const result = await saveAssignmentAction({
      pitchId,
      reporterIds: form.getAll("reporterIds").map(String),
      photographerId: text("photographerId") || null,
      deadline: text("deadline"),
      targetChars: Number(text("targetChars")),
      issueNumber: text("issueNumber") ? Number(text("issueNumber")) : null,
      sectionId: text("sectionId") || null,
    });
    setPending(false);
    setSaved(result.ok ? (editing ? "派稿已修改。" : "已派稿。") : null);
    setError(result.ok ? null : result.error);
    if (result.ok) router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <fieldset className="sm:col-span-2">
        <legend className="mb-1 text-sm font-medium">记者（可多选；开始写作的记者署名在前）</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {writers.map((writer) => (
            <label key={writer.value} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                name="reporterIds"
                value={writer.value}
                defaultChecked={initial.reporterIds.includes(writer.value)}
              />
              {writer.label}
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        label="摄影"
        name="photographerId"
        options={writers}
        none="不需要"
        defaultValue={initial.photographerId}
      />
      <TextField
        label="截稿时间（北京时间）"
        name="deadline"
        type="datetime-local"
        step={1}
        defaultValue={initial.deadline}
      />
      <TextField
        label="目标字数"
        name="targetChars"
        type="number"
        min={100}
        step={100}
        defaultValue={initial.targetChars}
      />
      <SelectField
        label="计划刊期"
        name="issueNumber"
        options={issues}
        none="待定"
        defaultValue={initial.issueNumber}
      />
      <SelectField
        label="栏目"
        name="sectionId"
        options={sections}
        none="未定"
        defaultValue={initial.sectionId}
      />
      <div className="sm:col-span-2">
        <StatusMessage message={error ? { text: error, error: true } : null} />
        {saved && (
          <p role="status" className="mb-2 text-sm text-green-800">
            {saved}
          </p>
        )}
        <button
          type="submit"
          disabled={pending}
          className="mt-1 rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {pending ? "正在保存…" : editing ? "保存修改" : "派稿"}
        </button>
      </div>
    </form>
  );
}
