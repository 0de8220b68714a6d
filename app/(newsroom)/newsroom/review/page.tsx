import type { Metadata } from "next";
import { ReviewQueueTable } from "@/components/newsroom/review-queue-table";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/permissions/require-permission";
import { findReviewQueue } from "@/lib/review/find-review-queue";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

export const metadata: Metadata = { title: "待审稿件" };

// 待审稿件: what waits for this editor's decision, oldest submission first; several can be
// approved at once with one opinion.
export default async function ReviewQueuePage() {
  const user = await requirePermission("/newsroom/review", "review:queue");
  const queue = await findReviewQueue(db, user);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">待审稿件</h1>
      <ReviewQueueTable
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
