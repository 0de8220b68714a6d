"use client";

import { markReadAction } from "@/app/(newsroom)/newsroom/notifications/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";

export function MarkReadButton({ ids, label }: { ids: string[] | "all"; label: string }) {
  const { run, pending, message } = useAction(markReadAction);
  return (
    <span>
      <button
        type="button"
        disabled={pending}
        onClick={() => void run({ ids })}
        className="rounded border border-gray-300 bg-white px-2 py-0.5 text-sm hover:border-brand disabled:opacity-50"
      >
        {label}
      </button>
      {message && <StatusMessage message={message} />}
    </span>
  );
}
