"use client";

import { useRouter } from "next/navigation";
import { createArticleAction } from "@/app/(newsroom)/newsroom/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";

/** 新建稿件, or 开始写作 from an assignment (its headline, 栏目 and credits filled in). */
export function NewArticleButton({
  assignmentId,
  label = "＋ 新建稿件",
  about,
}: {
  assignmentId?: string;
  label?: string;
  /** Which story, for screen readers, when several such buttons share a page. */
  about?: string;
} = {}) {
  const router = useRouter();
  const { run, pending, message } = useAction(createArticleAction, { refresh: false });

  async function create() {
    const result = await run(assignmentId ? { assignmentId } : {});
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
        {pending ? "正在创建…" : label}
        {about && <span className="sr-only">：{about}</span>}
      </button>
      <StatusMessage message={message} />
    </div>
  );
}
