/**
 * What editing does to the review: before the first edit after an approval, that changing the
 * text sends the article back to that stage; after a save did so, that it happened and who was
 * told. Said above the editor, where the person is about to type.
 */
export function ReopenNotice({ before, after }: { before: string | null; after: string | null }) {
  if (after)
    return (
      <p
        role="status"
        className="mb-4 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      >
        已保存。正文在{after}通过后有改动，稿件已退回{after}重新审核，相关审稿人已收到通知。
        <span lang="en" className="block text-xs text-amber-800">
          Saved. The text changed after this stage approved it, so it is back in review there.
        </span>
      </p>
    );
  if (!before) return null;
  return (
    <p
      role="note"
      className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      本稿已通过{before}。修改正文或标题后，{before}将重新打开，需再次审核，并会通知相关审稿人。
      <span lang="en" className="block text-xs text-amber-800">
        Editing now reopens this review stage: its approval no longer stands.
      </span>
    </p>
  );
}
