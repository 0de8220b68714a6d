"use client";

import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";
import type { FormEvent } from "react";
import { addCommentAction, resolveCommentAction } from "@/app/(newsroom)/newsroom/articles/[id]/actions";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";

export interface CommentView {
  id: string;
  author: string;
  body: string;
  anchorText: string | null;
  at: string;
  resolved: boolean;
  replies: { id: string; author: string; body: string; at: string }[];
}

function CommentForm({ articleId, parentId }: { articleId: string; parentId?: string }) {
  const { run, pending, message } = useAction(addCommentAction);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const anchorText = String(data.get("anchorText") ?? "");
    const result = await run({
      articleId,
      parentId,
      body: String(data.get("body") ?? ""),
      anchorText: anchorText || undefined,
    });
    if (result.ok) form.reset();
  }
  const prefix = parentId ? `reply-${parentId}` : "comment";
  return (
    <form onSubmit={submit} className="space-y-2">
      {!parentId && (
        <div>
          <label htmlFor={`${prefix}-anchor`} className="mb-1 block text-xs text-muted">
            引用原文（可选）
          </label>
          <input
            id={`${prefix}-anchor`}
            name="anchorText"
            className="w-full rounded border border-gray-300 px-2 py-1 text-sm"
          />
        </div>
      )}
      <div>
        <label htmlFor={`${prefix}-body`} className={parentId ? "sr-only" : "mb-1 block text-xs text-muted"}>
          {parentId ? "回复" : "批注内容"}
        </label>
        <textarea
          id={`${prefix}-body`}
          name="body"
          rows={parentId ? 1 : 2}
          placeholder={parentId ? "回复…" : undefined}
          className="w-full rounded border border-gray-300 px-2 py-1 text-sm"
        />
      </div>
      <StatusMessage message={message} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-gray-800 px-3 py-1 text-xs text-white disabled:opacity-50"
      >
        {parentId ? "回复" : "添加批注"}
      </button>
    </form>
  );
}

/** 批注: threaded editorial comments, newsroom-only, each thread resolvable. */
export function CommentsPanel({
  articleId,
  comments,
  mayComment,
}: {
  articleId: string;
  comments: CommentView[];
  mayComment: boolean;
}) {
  const resolving = useAction(resolveCommentAction);
  return (
    <div className="space-y-3">
      {comments.length === 0 && <p className="text-sm text-muted">还没有批注。</p>}
      <ul className="space-y-3">
        {comments.map((comment) => (
          <li
            key={comment.id}
            className={`rounded border p-3 text-sm ${comment.resolved ? "border-gray-200 bg-gray-50 text-gray-600" : "border-amber-300 bg-amber-50"}`}
          >
            {comment.anchorText && (
              <blockquote className="mb-1 border-l-2 border-amber-400 pl-2 font-serif text-gray-700">
                “{comment.anchorText}”
              </blockquote>
            )}
            <p>
              <strong>{comment.author}</strong>：{comment.body}
            </p>
            <p className="text-xs text-muted">
              {formatNewsroomTime(new Date(comment.at))}
              {comment.resolved && " · 已解决"}
            </p>
            {comment.replies.map((reply) => (
              <p key={reply.id} className="mt-2 border-l-2 border-gray-300 pl-2">
                <strong>{reply.author}</strong>：{reply.body}
              </p>
            ))}
            {mayComment && (
              <div className="mt-2 space-y-2">
                <CommentForm articleId={articleId} parentId={comment.id} />
                <button
                  type="button"
                  disabled={resolving.pending}
                  onClick={() => void resolving.run({ commentId: comment.id, resolved: !comment.resolved })}
                  className="text-xs text-brand-dark underline"
                >
                  {comment.resolved ? "重新打开" : "标记为已解决"}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <StatusMessage message={resolving.message} />
      {mayComment && <CommentForm articleId={articleId} />}
    </div>
  );
}
