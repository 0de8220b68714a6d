import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProposePitchForm } from "@/components/planning/propose-pitch-form";
import { Deadline, ProgressBadge } from "@/components/planning/progress-badge";
import { EmptyState } from "@/components/ui/data-table";
import { requireUser } from "@/lib/auth/current-user";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { roleCan } from "@/lib/permissions/policy";
import { findPlanningOptions } from "@/lib/planning/find-planning-options";
import { listPitches } from "@/lib/planning/list-pitches";
import { PITCH_STATUS_LABELS } from "@/lib/planning/pitch-status";
import { systemClock } from "@/lib/time/clock";
import { formatNewsroomTime } from "@/lib/time/format-newsroom-time";

export const metadata: Metadata = { title: "选题派稿" };

const GROUP_TITLES = {
  PROPOSED: "待定选题",
  ACCEPTED: "已采纳 · 派稿",
  PARKED: "暂缓",
  DECLINED: "不采纳（最近）",
} as const;

// 选题派稿: propose a story; editors see every pitch, others their own and what is assigned to them.
export default async function PlanningPage() {
  const user = await requireUser("/newsroom/planning");
  if (!roleCan(user, "pitch:view")) notFound();
  const [groups, options] = await Promise.all([listPitches(db, user, systemClock), findPlanningOptions(db)]);
  const decides = roleCan(user, "pitch:decide");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">选题派稿</h1>
        <p className="mt-1 text-sm text-muted">
          {decides ? "全部选题：采纳、暂缓或不采纳，采纳后派稿。" : "您提出的选题，以及派给您的稿件。"}
        </p>
      </div>
      {roleCan(user, "pitch:propose") && (
        <details className="rounded border border-gray-200 bg-white p-4 open:pb-5">
          <summary className="cursor-pointer font-bold text-brand-dark">＋ 提出选题</summary>
          <div className="mt-4">
            <ProposePitchForm
              sections={options.sections.map((s) => ({ value: s.id, label: s.name }))}
              writers={options.writers.map((w) => ({
                value: w.id,
                label: `${w.displayName}（${ROLE_LABELS[w.role as Role] ?? w.role}）`,
              }))}
            />
          </div>
        </details>
      )}
      {groups.every((g) => g.pitches.length === 0) ? (
        <EmptyState>还没有选题。</EmptyState>
      ) : (
        groups
          .filter((g) => g.pitches.length > 0)
          .map((group) => (
            <section
              key={group.status}
              aria-labelledby={`pitches-${group.status}`}
              className="rounded border border-gray-200 bg-white"
            >
              <h2
                id={`pitches-${group.status}`}
                className="flex justify-between border-b border-gray-200 bg-gray-50 px-4 py-2 font-bold"
              >
                <span>{GROUP_TITLES[group.status]}</span>
                <span className="text-sm font-normal text-muted">{group.pitches.length} 个</span>
              </h2>
              <ul className="divide-y divide-gray-100">
                {group.pitches.map((pitch) => (
                  <li
                    key={pitch.id}
                    className={`flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 text-sm ${pitch.overdue ? "bg-red-50" : ""}`}
                  >
                    <Link
                      href={`/newsroom/planning/${pitch.id}`}
                      className="min-w-48 flex-1 text-base font-medium text-brand-dark hover:underline"
                    >
                      {pitch.topic}
                    </Link>
                    <span className="text-muted">
                      {pitch.section?.name ?? "未定栏目"} · {pitch.proposer.displayName} 提出 ·{" "}
                      <time dateTime={pitch.createdAt.toISOString()}>
                        {formatNewsroomTime(pitch.createdAt)}
                      </time>
                    </span>
                    {pitch.assignment && pitch.progress ? (
                      <span className="flex flex-wrap items-center gap-2">
                        {pitch.assignment.people.map((p) => p.user.displayName).join("、")}
                        {pitch.assignment.issue && ` · 第${pitch.assignment.issue.number}期`} · 截稿{" "}
                        <Deadline at={pitch.assignment.deadline} overdue={pitch.overdue} />
                        <ProgressBadge progress={pitch.progress} />
                      </span>
                    ) : group.status === "ACCEPTED" ? (
                      <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">待派稿</span>
                    ) : (
                      pitch.decisionNote && (
                        <span className="basis-full text-gray-700">
                          {PITCH_STATUS_LABELS[group.status]}：{pitch.decisionNote}
                        </span>
                      )
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))
      )}
    </div>
  );
}
