"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ChangeEvent, useState } from "react";
import { StatusMessage } from "@/components/ui/status-message";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** 导入 Word 文档: picks a .docx and opens the draft made from it (after its warnings, if any). */
export function ImportDocxButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<{ id: string; warnings: string[] } | null>(null);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = "";
    if (!file) return;
    setPending(true);
    setError(null);
    setImported(null);
    const form = new FormData();
    form.set("file", file);
    const response = await fetch("/api/docx-imports", { method: "POST", body: form }).catch(() => null);
    const result = (await response?.json().catch(() => ({}))) as
      { id?: string; warnings?: string[]; error?: string } | undefined;
    setPending(false);
    if (!response?.ok || !result?.id) return setError(result?.error ?? "导入失败，请检查网络后再试。");
    if (result.warnings && result.warnings.length > 0)
      setImported({ id: result.id, warnings: result.warnings });
    else router.push(`/newsroom/articles/${result.id}`);
  }

  return (
    <div>
      <label
        className={`inline-block cursor-pointer rounded border border-brand px-4 py-2 font-medium text-brand-dark focus-within:outline-3 focus-within:outline-brand hover:bg-brand hover:text-white ${pending ? "pointer-events-none opacity-60" : ""}`}
      >
        {pending ? "正在导入…" : "导入 Word 文档"}
        <input
          type="file"
          accept={`.docx,${DOCX_TYPE}`}
          onChange={importFile}
          disabled={pending}
          className="sr-only"
        />
      </label>
      <StatusMessage message={error ? { text: error, error: true } : null} />
      {imported && (
        <div
          role="status"
          className="mt-2 max-w-md rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          <p>稿件已导入，但有以下内容需要核对：</p>
          <ul className="mt-1 list-disc pl-5">
            {imported.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
          <Link
            href={`/newsroom/articles/${imported.id}`}
            className="mt-2 inline-block font-medium text-brand-dark underline"
          >
            打开稿件
          </Link>
        </div>
      )}
    </div>
  );
}
