import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/newsroom/back-link";
import { EventTimeline } from "@/components/newsroom/event-timeline";
import { NewArticleButton } from "@/components/newsroom/new-article-button";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { AssignmentForm } from "@/components/planning/assignment-form";
import { PitchDecisionPanel } from "@/components/planning/pitch-decision-panel";
import { Deadline, ProgressBadge } from "@/components/planning/progress-badge";
import { requireUser } from "@/lib/auth/current-user";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { can } from "@/lib/permissions/policy";
import { defaultDeadline, toBeijingInput } from "@/lib/planning/deadline-input";
import { findPitchView } from "@/lib/planning/find-pitch-view";
import { findPlanningOptions } from "@/lib/planning/find-planning-options";
import { ASSIGNMENT_ROLE_LABELS, PITCH_EVENT_LABELS, pitchStatusLabel } from "@/lib/planning/pitch-status";
import { systemClock } from "@/lib/time/clock";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

export const metadata: Metadata = { title: "选题" };

const STATUS_TONES: Record<string, string> = {
  PROPOSED: "bg-blue-100 text-blue-900",
  ACCEPTED: "bg-green-100 text-green-900",
  PARKED: "bg-amber-100 text-amber-900",
  DECLINED: "bg-red-100 text-red-900",
};

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-muted">{label}</dt>
      <dd className="whitespace-pre-line">{children || "—"}</dd>
    </>
  );
}

// One pitch: what was proposed, the editor's decision, the assignment, and its timeline.
// Someone who may not see it gets the same 404 as for an unknown id.
export default async function PitchPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/newsroom/planning/${id}`);
  const view = await findPitchView(db, user, id, systemClock);
  if (!view) notFound();
  const { pitch, assignment, may } = view;
  const options = may.assign ? await findPlanningOptions(db) : null;
  const article = assignment?.article;
  const mayOpenArticle = article && can(user, "article:view", article);
  const reporters = assignment?.people.filter((p) => p.role === "REPORTER") ?? [];

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="space-y-6">
        <div>
          <BackLink href="/newsroom/planning">选题派稿</BackLink>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-bold">{pitch.topic}</h1>
            <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_TONES[pitch.status] ?? ""}`}>
              {pitchStatusLabel(pitch.status)}
            </span>
          </div>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded border border-gray-200 bg-white p-4 text-sm">
          <Field label="报道角度">{pitch.angle}</Field>
          <Field label="栏目">{pitch.section?.name ?? "未定"}</Field>
          <Field label="建议记者">{pitch.suggestedReporter?.displayName ?? "不指定"}</Field>
          <Field label="图片需求">{pitch.photoNeeds}</Field>
          <Field label="采访对象与线索">{pitch.sources}</Field>
          <Field label="提出">
            {pitch.proposer.displayName} · {formatNewsroomTime(pitch.createdAt)}
          </Field>
          {pitch.decidedBy && (
            <Field label="决定">
              {pitch.decidedBy.displayName} {pitchStatusLabel(pitch.status)}
              {pitch.decisionNote && `：${pitch.decisionNote}`}
            </Field>
          )}
        </dl>

        {may.decide.length > 0 && <PitchDecisionPanel pitchId={pitch.id} decisions={may.decide} />}

        {assignment && view.progress && pitch.status === "ACCEPTED" && (
          <section
            aria-labelledby="assignment-title"
            className={`rounded border bg-white p-4 ${view.overdue ? "border-red-400" : "border-gray-200"}`}
          >
            <h2 id="assignment-title" className="mb-3 flex flex-wrap items-center gap-2 font-bold">
              派稿 <ProgressBadge progress={view.progress} />
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <Field label="署名">
                {assignment.people
                  .map((p) => `${ASSIGNMENT_ROLE_LABELS[p.role] ?? p.role} ${p.user.displayName}`)
                  .join("，")}
              </Field>
              <Field label="截稿">
                <Deadline at={assignment.deadline} overdue={view.overdue} />
              </Field>
              <Field label="字数">
                <span className="tabular-nums">
                  {article ? `已写 ${article.charCount.toLocaleString("zh-CN")} / ` : "目标 "}
                  {assignment.targetChars.toLocaleString("zh-CN")} 字
                </span>
              </Field>
              <Field label="计划刊期">
                {assignment.issue ? (
                  <>
                    第{assignment.issue.number}期（{assignment.issue.date}）
                  </>
                ) : (
                  "待定"
                )}
              </Field>
              <Field label="栏目">{assignment.section?.name ?? "未定"}</Field>
              {article && (
                <Field label="稿件">
                  <span className="flex flex-wrap items-center gap-2">
                    {mayOpenArticle ? (
                      <Link
                        href={`/newsroom/articles/${article.id}`}
                        className="text-brand-dark hover:underline"
                      >
                        打开稿件
                      </Link>
                    ) : (
                      "由执笔记者写作中"
                    )}
                    <StatusBadge status={article.status} />
                  </span>
                </Field>
              )}
            </dl>
            {may.start && (
              <div className="mt-4">
                <NewArticleButton assignmentId={assignment.id} label="开始写作" about={pitch.topic} />
              </div>
            )}
          </section>
        )}

        {may.assign && options && (
          <section aria-labelledby="assign-title" className="rounded border border-gray-200 bg-white p-4">
            <h2 id="assign-title" className="mb-3 font-bold">
              {assignment ? "修改派稿" : "派稿"}
            </h2>
            <AssignmentForm
              pitchId={pitch.id}
              editing={Boolean(assignment)}
              writers={options.writers.map((w) => ({
                value: w.id,
                label: `${w.displayName}（${ROLE_LABELS[w.role as Role] ?? w.role}）`,
              }))}
              issues={options.issues.map((i) => ({
                value: String(i.number),
                label: `第${i.number}期（${i.date}）`,
              }))}
              sections={options.sections.map((s) => ({ value: s.id, label: s.name }))}
              initial={{
                reporterIds: assignment
                  ? reporters.map((p) => p.userId)
                  : pitch.suggestedReporter
                    ? [pitch.suggestedReporter.id]
                    : [],
                photographerId: assignment?.people.find((p) => p.role === "PHOTOGRAPHER")?.userId ?? "",
                deadline: assignment ? toBeijingInput(assignment.deadline) : defaultDeadline(systemClock()),
                targetChars: assignment?.targetChars ?? 1000,
                issueNumber: assignment?.issue ? String(assignment.issue.number) : "",
                sectionId: assignment?.sectionId ?? pitch.section?.id ?? "",
              }}
            />
          </section>
        )}
      </div>
      <aside>
        <section aria-labelledby="pitch-timeline-title">
          <h2 id="pitch-timeline-title" className="mb-3 text-lg font-bold">
            选题记录
          </h2>
          <EventTimeline
            entries={view.events.map((event) => ({
              id: event.id,
              at: event.createdAt,
              who: event.actor?.displayName ?? "系统",
              what: PITCH_EVENT_LABELS[event.action] ?? event.action,
              note: event.note,
              kind: event.action === "ACCEPT" || event.action === "ASSIGN" ? "opinion" : "transition",
            }))}
          />
        </section>
      </aside>
    </div>
  );
}
