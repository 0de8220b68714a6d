"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createArticleAction } from "@/app/(newsroom)/newsroom/actions";
import { FormError } from "@/components/ui/form-error";

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
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create() {
    setPending(true);
    const result = await createArticleAction(assignmentId ? { assignmentId } : {});
    if (result.ok) router.push(`/newsroom/articles/${result.data.id}`);
    else {
      setPending(false);
      setError(result.error);
    }
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
      <FormError message={error} />
    </div>
  );
}
