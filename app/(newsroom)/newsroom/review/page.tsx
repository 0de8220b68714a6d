import type { Metadata } from "next";
import { ReviewQueueTable } from "@/components/newsroom/review-queue-table";
import { db } from "@/lib/db";
import { roleCan } from "@/lib/permissions/policy";
import { requirePermission } from "@/lib/permissions/require-permission";
import { findReviewQueue } from "@/lib/review/find-review-queue";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

export const metadata: Metadata = { title: "待审稿件" };

// 待审稿件: what waits for this editor's decision, oldest submission first; several can be
// approved at once with one opinion. The admin sees everything submitted, to read.
export default async function ReviewQueuePage() {
  const user = await requirePermission("/newsroom/review", "review:queue");
  const queue = await findReviewQueue(db, user);
  const decides = roleCan(user, "review:decide");
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">待审稿件</h1>
      {!decides && (
        <p className="-mt-4 mb-4 text-sm text-muted">全部待审稿件（只读）：审核由编辑和主编负责。</p>
      )}
      <ReviewQueueTable
        readOnly={!decides}
        queue={queue.map((article) => ({
          id: article.id,
          headline: article.headline,
          author: article.author?.displayName ?? "—",
          section: article.section?.name ?? "—",
          nextStage: article.nextStage,
          charCount: article.charCount,
          submittedAt: article.submittedAt?.toISOString() ?? null,
          submittedLabel: article.submittedAt ? formatNewsroomTime(article.submittedAt) : "",
        }))}
      />
    </>
  );
}
