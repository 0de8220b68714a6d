"use client";

import { useRouter } from "next/navigation";
import { copyRejectedAction } from "@/app/(newsroom)/newsroom/articles/[id]/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";

/** For the author of a rejected article: start again from its text in a new draft. */
export function CopyRejectedButton({ articleId }: { articleId: string }) {
  const router = useRouter();
  const { run, pending, message } = useAction(copyRejectedAction, { refresh: false });
  async function copy() {
    const result = await run({ articleId });
    if (result.ok) router.push(`/newsroom/articles/${result.data.id}`);
  }
  return (
    <div className="mb-4">
      <button
        type="button"
        onClick={copy}
        disabled={pending}
        className="rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark disabled:opacity-60"
      >
        复制为新草稿
      </button>
      <StatusMessage message={message} className="mt-1" />
    </div>
  );
}
