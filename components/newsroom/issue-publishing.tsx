"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { scheduleIssueAction, withdrawIssueAction } from "@/app/(newsroom)/newsroom/issues/actions";
import { StatusMessage } from "@/components/ui/status-message";
import type { IssueStatus } from "@/lib/generated/prisma/enums";

interface IssuePublishingProps {
  number: number;
  status: IssueStatus;
  /** The stored publish moment, shown in Beijing time. */
  publishAtLabel: string | null;
}

/** Publish now, schedule (Beijing time, stored in UTC), cancel the schedule, or unpublish. */
export function IssuePublishing({ number, status, publishAtLabel }: IssuePublishingProps) {
  const router = useRouter();
  const [at, setAt] = useState("");
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function act(run: () => ReturnType<typeof scheduleIssueAction>, done: string) {
    const result = await run();
    setMessage(result.ok ? { text: done, error: false } : { text: result.error, error: true });
    router.refresh();
  }

  return (
    <section
      aria-labelledby="publishing-title"
      className="space-y-3 rounded border border-gray-200 bg-white p-4"
    >
      <h2 id="publishing-title" className="font-bold">
        发布
      </h2>
      {publishAtLabel && <p className="text-sm">发布时间：{publishAtLabel}（北京时间）</p>}
      {status !== "PUBLISHED" && (
        <>
          <button
            type="button"
            onClick={() => act(() => scheduleIssueAction({ number, at: "now" }), "本期已发布。")}
            className="rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark"
          >
            立即发布
          </button>
          <div className="flex flex-wrap items-end gap-2">
            <label className="text-sm">
              <span className="mb-1 block font-medium">定时发布（北京时间）</span>
              <input
                type="datetime-local"
                step={1}
                value={at}
                onChange={(event) => setAt(event.target.value)}
                className="rounded border border-gray-400 px-2 py-1"
              />
            </label>
            <button
              type="button"
              disabled={!at}
              onClick={() => act(() => scheduleIssueAction({ number, at }), "已定时。到时本期将自动发布。")}
              className="rounded border border-brand px-3 py-1 text-brand-dark hover:bg-brand hover:text-white disabled:opacity-50"
            >
              {status === "SCHEDULED" ? "更改定时" : "定时发布"}
            </button>
          </div>
        </>
      )}
      {status === "SCHEDULED" && (
        <button
          type="button"
          onClick={() => act(() => withdrawIssueAction({ number, reason: "" }), "已取消定时。")}
          className="rounded border border-gray-400 px-3 py-1 text-sm"
        >
          取消定时
        </button>
      )}
      {status === "PUBLISHED" && (
        <div className="flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="mb-1 block font-medium">撤下理由</span>
            <input
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              className="rounded border border-gray-400 px-2 py-1"
            />
          </label>
          <button
            type="button"
            onClick={() => act(() => withdrawIssueAction({ number, reason }), "本期已撤下。")}
            className="rounded border border-red-700 px-3 py-1 text-red-800"
          >
            撤下本期
          </button>
        </div>
      )}
      <StatusMessage message={message} />
    </section>
  );
}
