import type { DecisionNotice as Notice } from "@/lib/articles/find-decision-notice";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

const TEXT = {
  returned: { title: "稿件已被退回修改", verb: "退回", next: "请按意见修改后重新提交审稿。" },
  rejected: { title: "稿件已被退稿", verb: "退稿", next: "可将全文复制为新草稿，重新写作后再提交。" },
};

/** Who sent the article back, when, and why: the first thing its author sees on opening it. */
export function DecisionNotice({ notice, forAuthor }: { notice: Notice; forAuthor: boolean }) {
  const text = TEXT[notice.kind];
  return (
    <section
      aria-labelledby="decision-notice-title"
      className="mb-4 rounded border-2 border-amber-400 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="decision-notice-title" className="text-lg font-bold">
        {text.title}
      </h2>
      <p className="mt-1 text-sm">
        {notice.who} 于 <time dateTime={notice.at.toISOString()}>{formatNewsroomTime(notice.at)}</time>{" "}
        {text.verb}
        {notice.reason ? "，理由：" : "。"}
      </p>
      {notice.reason && (
        <blockquote className="mt-2 border-l-4 border-amber-500 bg-white px-3 py-2 whitespace-pre-wrap">
          {notice.reason}
        </blockquote>
      )}
      {forAuthor && <p className="mt-2 text-sm">{text.next}</p>}
    </section>
  );
}
