/** The unmistakable sign that a page is an editor's preview, not what readers see yet. */
export function PreviewBanner({ published }: { published: boolean }) {
  return (
    <p
      role="status"
      className="mb-4 rounded border-2 border-dashed border-amber-500 bg-amber-50 px-4 py-2 text-center font-bold text-amber-900"
    >
      {published ? "预览 — 本期已发布" : "预览 — 未发布"}
    </p>
  );
}

/** What a preview shows of an issue with no articles yet: readers would get 页面不存在. */
export function EmptyIssueNotice({ number }: { number: number }) {
  return (
    <p className="py-10 text-center text-muted">
      第{number}期还没有稿件。读者看不到没有稿件的一期：编入稿件后再预览。
    </p>
  );
}
