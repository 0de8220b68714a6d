"use client";

import { useRouter } from "next/navigation";
import { createArticleAction } from "@/app/(newsroom)/newsroom/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";

export function NewArticleButton() {
  const router = useRouter();
  const { run, pending, message } = useAction(createArticleAction, { refresh: false });

  async function create() {
    const result = await run({});
    if (result.ok) router.push(`/newsroom/articles/${result.data.id}`);
  }

  return (
    <div>
      <button
        type="button"
        onClick={create}
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? "正在创建…" : "＋ 新建稿件"}
      </button>
      <StatusMessage message={message} />
    </div>
  );
}
