"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { proposePitchAction } from "@/app/(newsroom)/newsroom/planning/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";
import { SelectField, TextAreaField } from "./fields";

interface Option {
  value: string;
  label: string;
}

/** 提出选题: a story anyone in the newsroom proposes, for an editor to decide. */
export function ProposePitchForm({ sections, writers }: { sections: Option[]; writers: Option[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    setPending(true);
    const result = await proposePitchAction({
      topic: text("topic"),
      angle: text("angle"),
      sectionId: text("sectionId") || null,
      suggestedReporterId: text("suggestedReporterId") || null,
      photoNeeds: text("photoNeeds"),
      sources: text("sources"),
    });
    setPending(false);
    if (!result.ok) return setError(result.error);
    router.push(`/newsroom/planning/${result.data.id}`);
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <TextField
        label="选题"
        name="topic"
        className="sm:col-span-2"
        hint="一句话说清报道什么，如“社区食堂开业”"
      />
      <TextAreaField label="报道角度" name="angle" className="sm:col-span-2" />
      <SelectField label="栏目" name="sectionId" options={sections} none="未定" />
      <SelectField label="建议记者" name="suggestedReporterId" options={writers} none="不指定" />
      <TextField label="图片需求" name="photoNeeds" className="sm:col-span-2" />
      <TextAreaField label="采访对象与线索" name="sources" className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <StatusMessage message={error ? { text: error, error: true } : null} />
        <button
          type="submit"
          disabled={pending}
          className="mt-2 rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {pending ? "正在提交…" : "提交选题"}
        </button>
      </div>
    </form>
  );
}
