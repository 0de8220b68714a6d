import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/newsroom/back-link";
import { IssueDateForm } from "@/components/newsroom/issue-date-form";
import { IssueOverview } from "@/components/newsroom/issue-overview";
import { IssuePlanner } from "@/components/newsroom/issue-planner";
import { IssuePublishing } from "@/components/newsroom/issue-publishing";
import { ProofRounds } from "@/components/newsroom/proof-rounds";
import { db } from "@/lib/db";
import { findIssuePlan } from "@/lib/issues/find-issue-plan";
import { ISSUE_STATUS_LABELS } from "@/lib/issues/issue-status";
import { roleCan } from "@/lib/permissions/policy";
import { requirePermission } from "@/lib/permissions/require-permission";
import { IssueBudget } from "@/components/planning/issue-budget";
import { findIssueBudget } from "@/lib/planning/find-issue-budget";
import { findIssueQuality } from "@/lib/quality/find-quality";
import { toRoundView } from "@/lib/quality/round-view";
import { parseIssueNumber } from "@/lib/public/parse-issue-number";
import { systemClock } from "@/lib/time/clock";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

export const metadata: Metadata = { title: "编排本期" };

type PlanArticle = NonNullable<Awaited<ReturnType<typeof findIssuePlan>>>["pool"][number];
const toPlanned = (a: PlanArticle) => ({
  id: a.id,
  headline: a.headline,
  status: a.status,
  charCount: a.charCount,
  isLead: a.isLead,
  sectionId: a.sectionId,
  author: a.author?.displayName ?? "存档导入",
  corrected: a._count.corrections > 0,
});

// 编排本期: arrange one issue, preview it, and publish or schedule it. The admin, who sees issues
// but does not arrange them, gets the plan without its controls.
export default async function IssuePlanPage({ params }: { params: Promise<{ number: string }> }) {
  const segment = (await params).number;
  const user = await requirePermission(`/newsroom/issues/${segment}`, "issue:view");
  const number = parseIssueNumber(segment);
  if (number === null) notFound();
  const plan = await findIssuePlan(db, user, number, systemClock);
  if (!plan) notFound();
  const { issue } = plan;
  if (!roleCan(user, "issue:manage")) return <IssueReadOnly plan={plan} />;
  const [quality, budget] = await Promise.all([
    findIssueQuality(db, user, issue.id, systemClock()),
    findIssueBudget(db, user, number, systemClock),
  ]);
  const withQuality = (a: PlanArticle) => ({ ...toPlanned(a), quality: quality.byArticle.get(a.id) ?? null });
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <IssuePlanHeading plan={plan} />
        {issue.status === "PUBLISHED" && (
          <p
            role="note"
            className="mb-4 rounded border-2 border-red-300 bg-red-50 px-4 py-3 font-medium text-red-900"
          >
            本期已上线，改动立即对读者可见。
          </p>
        )}
        {budget && <IssueBudget budget={budget} number={issue.number} />}
        <IssuePlanner
          data={{
            number: issue.number,
            live: issue.status === "PUBLISHED",
            sections: plan.sections,
            bySection: plan.bySection.map((s) => ({ ...s, articles: s.articles.map(withQuality) })),
            pool: plan.pool.map(withQuality),
          }}
        />
      </div>
      <aside className="space-y-4">
        <PreviewLink number={issue.number} />
        <IssueDateForm number={issue.number} date={issue.date} />
        <section aria-labelledby="issue-proof-title" className="rounded border border-gray-200 bg-white p-4">
          <h2 id="issue-proof-title" className="mb-2 font-bold">
            本期校对
          </h2>
          <ProofRounds
            target={{ issueNumber: issue.number }}
            summary={quality.summary}
            rounds={quality.rounds.map((r) => toRoundView(r, quality.printedAt))}
          />
        </section>
        <IssuePublishing
          number={issue.number}
          status={issue.status}
          articleCount={plan.totals.articles}
          publishAtLabel={issue.publishAt ? formatNewsroomTime(issue.publishAt) : null}
        />
      </aside>
    </div>
  );
}

type Plan = NonNullable<Awaited<ReturnType<typeof findIssuePlan>>>;

/** The way back to the issues, the issue's number, date and status, and its totals. */
function IssuePlanHeading({ plan: { issue, totals } }: { plan: Plan }) {
  return (
    <>
      <BackLink href="/newsroom/issues">期刊编排</BackLink>
      <h1 className="text-2xl font-bold">
        第{issue.number}期{" "}
        <span className="text-base font-normal text-muted">
          {issue.date} · {ISSUE_STATUS_LABELS[issue.status] ?? issue.status}
        </span>
      </h1>
      <p className="mb-4 text-sm text-muted">
        共 {totals.articles} 篇 · {totals.charCount.toLocaleString("zh-CN")} 字
      </p>
    </>
  );
}

function PreviewLink({ number }: { number: number }) {
  return (
    <Link
      href={`/newsroom/preview/issues/${number}`}
      className="block rounded border border-gray-300 bg-white px-4 py-2 text-center hover:border-brand"
    >
      预览本期
    </Link>
  );
}

/** The issue for the admin: what is in it and when it goes out, and its preview; no controls. */
function IssueReadOnly({ plan }: { plan: Plan }) {
  const { issue } = plan;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>
        <IssuePlanHeading plan={plan} />
        <IssueOverview
          sections={plan.bySection.map((s) => ({
            ...s,
            articles: s.articles.map((a) => ({ ...toPlanned(a), quality: null })),
          }))}
        />
      </div>
      <aside className="space-y-4">
        <PreviewLink number={issue.number} />
        <p className="rounded border border-gray-200 bg-white p-4 text-sm">
          {issue.publishAt
            ? `发布时间（北京时间）：${formatNewsroomTime(issue.publishAt)}`
            : "尚未安排发布时间。"}
          <span className="mt-1 block text-muted">编排与发布由编辑负责；管理员可查看，不能修改。</span>
        </p>
      </aside>
    </div>
  );
}
