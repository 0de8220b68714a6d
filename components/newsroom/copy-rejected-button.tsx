"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { copyRejectedAction } from "@/app/(newsroom)/newsroom/articles/[id]/actions";

/** For the author of a rejected article: start again from its text in a new draft. */
export function CopyRejectedButton({ articleId }: { articleId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function copy() {
    const result = await copyRejectedAction({ articleId });
    if (result.ok) router.push(`/newsroom/articles/${result.data.id}`);
    else setError(result.error);
  }
  return (
    <div className="mb-4">
      <button
        type="button"
        onClick={copy}
        className="rounded bg-brand px-4 py-1.5 text-white hover:bg-brand-dark"
      >
        复制为新草稿
      </button>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
