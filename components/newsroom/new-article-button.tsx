"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createArticleAction } from "@/app/(newsroom)/newsroom/actions";
import { FormError } from "@/components/ui/form-error";

export function NewArticleButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create() {
    setPending(true);
    const result = await createArticleAction({});
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
        {pending ? "正在创建…" : "＋ 新建稿件"}
      </button>
      <FormError message={error} />
    </div>
  );
}
