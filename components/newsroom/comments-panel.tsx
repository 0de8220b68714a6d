"use client";

import { type FormEvent, useState } from "react";
import { addCommentAction, resolveCommentAction } from "@/app/(newsroom)/newsroom/articles/[id]/actions";
import { useCommentBridge } from "@/components/editor/comment-bridge";
import { StatusMessage } from "@/components/ui/status-message";
import { useAction } from "@/components/ui/use-action";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

export interface CommentView {
  id: string;
  author: string;
  body: string;
  /** The words the comment is about, as they read when it was made. */
  anchorText: string | null;
  anchorId: string | null;
  /** Whether the stored text still has the anchor (the editor's own text decides while it is open). */
  anchorInText: boolean;
  at: string;
  resolved: boolean;
  replies: { id: string; author: string; body: string; at: string }[];
}

/** An anchor id: lower-case letters and digits, as lib/editor/comment-anchor.ts requires. */
function newAnchorId(): string {
  return crypto.randomUUID().replaceAll("-", "").slice(0, 20);
}

/**
 * A new comment. With the editor on the page it is about the words selected there (anchored
 * to them), or about the whole article when nothing is selected; in the read-only view a
 * passage can only be quoted.
 */
function NewCommentForm({ articleId }: { articleId: string }) {
  const bridge = useCommentBridge();
  const withEditor = bridge?.anchors != null;
  const selection = bridge?.selection ?? null;
  const { run, pending, message, fail } = useAction(addCommentAction);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = String(data.get("body") ?? "");
    if (!body.trim()) return fail("批注内容不能为空。");
    const commenter = bridge?.commenter();
    const anchorId = commenter && selection ? newAnchorId() : undefined;
    // The anchor goes into the text first and is saved with it; it is taken out again if the
    // comment cannot be stored.
    const anchored = anchorId ? commenter?.anchor(anchorId) : null;
    const quoted = String(data.get("anchorText") ?? "");
    const result = await run({
      articleId,
      body,
      anchorId: anchored ? anchorId : undefined,
      anchorText: (anchored ?? quoted) || undefined,
    });
    if (result.ok) form.reset();
    else if (anchored && anchorId) commenter?.unanchor(anchorId);
  }

  return (
    <form onSubmit={submit} className="space-y-2" aria-label="添加批注">
      {withEditor ? (
        <p className="rounded bg-gray-50 px-2 py-1 text-xs text-muted" aria-live="polite">
          {selection ? (
            <>
              批注所选文字：<q className="font-serif text-gray-900">{selection.slice(0, 60)}</q>
              {selection.length > 60 && "…"}
            </>
          ) : (
            "先在正文中选中文字，批注即指向这段文字；不选则批注整篇稿件。"
          )}
        </p>
      ) : (
        <div>
          <label htmlFor="comment-anchor" className="mb-1 block text-xs text-muted">
            引用原文（可选）
          </label>
          <input
            id="comment-anchor"
            name="anchorText"
            className="w-full rounded border border-gray-300 px-2 py-1 text-sm"
          />
        </div>
      )}
      <div>
        <label htmlFor="comment-body" className="mb-1 block text-xs text-muted">
          批注内容
        </label>
        <textarea
          id="comment-body"
          name="body"
          rows={2}
          className="w-full rounded border border-gray-300 px-2 py-1 text-sm"
        />
      </div>
      <StatusMessage message={message} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-gray-800 px-3 py-1 text-xs text-white disabled:opacity-50"
      >
        添加批注
      </button>
    </form>
  );
}

function ReplyForm({ articleId, parentId }: { articleId: string; parentId: string }) {
  const { run, pending, message } = useAction(addCommentAction);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = await run({ articleId, parentId, body: String(new FormData(form).get("body") ?? "") });
    if (result.ok) form.reset();
  }
  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor={`reply-${parentId}-body`} className="sr-only">
        回复
      </label>
      <textarea
        id={`reply-${parentId}-body`}
        name="body"
        rows={1}
        placeholder="回复…"
        className="w-full rounded border border-gray-300 px-2 py-1 text-sm"
      />
      <StatusMessage message={message} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-gray-800 px-3 py-1 text-xs text-white disabled:opacity-50"
      >
        回复
      </button>
    </form>
  );
}

/** Where a comment points: its words in the text, words since deleted (已失效), or the whole article. */
function Anchor({ comment, live, onShow }: { comment: CommentView; live: boolean; onShow: () => void }) {
  if (!comment.anchorText) return null;
  if (!comment.anchorId)
    return (
      <blockquote className="mb-1 border-l-2 border-gray-300 pl-2 font-serif text-gray-700">
        “{comment.anchorText}”
        <span className="ml-1 font-sans text-xs text-muted">（引用，未定位到正文）</span>
      </blockquote>
    );
  if (!live)
    return (
      <blockquote className="mb-1 border-l-2 border-gray-300 pl-2 font-serif text-gray-500">
        <span className="mr-1 rounded bg-gray-200 px-1 font-sans text-xs text-gray-700">已失效</span>
        <del>“{comment.anchorText}”</del>
        <span className="block font-sans text-xs text-muted">批注的原文已被删除。</span>
      </blockquote>
    );
  return (
    <blockquote className="mb-1 border-l-2 border-amber-400 pl-2 font-serif text-gray-800">
      <button type="button" onClick={onShow} className="text-left hover:underline" title="在正文中定位">
        “{comment.anchorText}”<span className="sr-only">：在正文中定位</span>
      </button>
    </blockquote>
  );
}

/**
 * 批注: threaded editorial comments, newsroom-only, each thread resolvable. A comment made on
 * selected words is anchored to them: they are highlighted in the text while it is open, the
 * highlight moves with the words through anyone's edits, and the comment says 已失效 once they
 * are deleted (at once in the open editor).
 */
export function CommentsPanel({
  articleId,
  comments,
  mayComment,
}: {
  articleId: string;
  comments: CommentView[];
  mayComment: boolean;
}) {
  const bridge = useCommentBridge();
  const resolving = useAction(resolveCommentAction);
  const [active, setActive] = useState<string | null>(null);
  const isLive = (comment: CommentView) =>
    comment.anchorId !== null &&
    (bridge?.anchors ? bridge.anchors.has(comment.anchorId) : comment.anchorInText);

  function show(comment: CommentView) {
    setActive(comment.id);
    if (!comment.anchorId) return;
    if (bridge?.commenter()?.reveal(comment.anchorId)) return;
    document.querySelector(`[data-comment-id="${comment.anchorId}"]`)?.scrollIntoView({ block: "center" });
  }

  // Highlights only the words of open comments (ids are [a-z0-9], safe in a selector).
  const open = comments.filter((c) => c.anchorId && !c.resolved);
  const highlight = open
    .map(
      (c) =>
        `.comment-anchor[data-comment-id="${c.anchorId}"]{background:${c.id === active ? "#fcd34d" : "#fef3c7"};border-bottom:2px solid #f59e0b}`,
    )
    .join("");

  return (
    <div className="space-y-3">
      <style>{highlight}</style>
      {comments.length === 0 && <p className="text-sm text-muted">还没有批注。</p>}
      <ul className="space-y-3">
        {comments.map((comment) => (
          <li
            key={comment.id}
            onMouseEnter={() => setActive(comment.id)}
            onMouseLeave={() => setActive(null)}
            className={`rounded border p-3 text-sm ${comment.resolved ? "border-gray-200 bg-gray-50 text-gray-600" : "border-amber-300 bg-amber-50"}`}
          >
            <Anchor comment={comment} live={isLive(comment)} onShow={() => show(comment)} />
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
                <ReplyForm articleId={articleId} parentId={comment.id} />
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
      {mayComment && <NewCommentForm articleId={articleId} />}
    </div>
  );
}
