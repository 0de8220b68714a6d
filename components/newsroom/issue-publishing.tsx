"use client";

import { useState } from "react";
import { scheduleIssueAction, withdrawIssueAction } from "@/app/(newsroom)/newsroom/issues/actions";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";
import type { IssueStatus } from "@/lib/generated/prisma/enums";

interface IssuePublishingProps {
  number: number;
  status: IssueStatus;
  articleCount: number;
  /** The stored publish moment, shown in Beijing time. */
  publishAtLabel: string | null;
}

/** Publish now, schedule (Beijing time, stored in UTC), cancel the schedule, or unpublish. */
export function IssuePublishing({ number, status, articleCount, publishAtLabel }: IssuePublishingProps) {
  const [at, setAt] = useState("");
  const [reason, setReason] = useState("");
  const scheduling = useAction(scheduleIssueAction);
  const withdrawing = useAction(withdrawIssueAction);
  const pending = scheduling.pending || withdrawing.pending;
  // The outcome said is that of the last button pressed.
  const [last, setLast] = useState<"scheduling" | "withdrawing">("scheduling");
  const message = last === "scheduling" ? scheduling.message : withdrawing.message;
  const schedule = (input: Parameters<typeof scheduleIssueAction>[0], success: string) => {
    setLast("scheduling");
    return scheduling.run(input, { success });
  };
  const withdraw = (input: Parameters<typeof withdrawIssueAction>[0], success: string) => {
    setLast("withdrawing");
    return withdrawing.run(input, { success });
  };
  const [confirm, confirmDialog] = useConfirm();

  // Both reach every reader at once: the editor says yes to exactly what will happen.
  async function publishNow() {
    const yes = await confirm({
      title: `立即发布第${number}期？`,
      body: <p>本期 {articleCount} 篇稿件将立即出现在网站首页、往期、搜索和订阅中，所有读者都能看到。</p>,
      confirmLabel: "立即发布",
    });
    if (yes) await schedule({ number, at: "now" }, "本期已发布。");
  }

  async function unpublish() {
    setLast("withdrawing");
    if (!reason.trim()) return withdrawing.fail("请填写撤下的理由。");
    const yes = await confirm({
      title: `撤下第${number}期？`,
      body: (
        <>
          <p>本期全部稿件将立即从网站、搜索和订阅中消失；读者打开原链接会看到“该稿件已撤下”。</p>
          <p>撤下理由（仅编辑部可见）：{reason.trim()}</p>
        </>
      ),
      confirmLabel: "撤下本期",
      danger: true,
    });
    if (yes) await withdraw({ number, reason }, "本期已撤下。");
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
            disabled={pending}
            onClick={() => void publishNow()}
            className="rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark disabled:opacity-50"
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
              disabled={!at || pending}
              onClick={() => void schedule({ number, at }, "已定时。到时本期将自动发布。")}
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
          disabled={pending}
          onClick={() => void withdraw({ number, reason: "" }, "已取消定时。")}
          className="rounded border border-gray-400 px-3 py-1 text-sm disabled:opacity-50"
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
            disabled={pending}
            onClick={() => void unpublish()}
            className="rounded border border-red-700 px-3 py-1 text-red-800 disabled:opacity-50"
          >
            撤下本期
          </button>
        </div>
      )}
      <StatusMessage message={message} />
      {confirmDialog}
    </section>
  );
}
