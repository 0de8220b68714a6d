import Link from "next/link";
import { NewArticleButton } from "@/components/newsroom/new-article-button";
import type { findMyAssignments } from "@/lib/planning/find-my-assignments";
import { ASSIGNMENT_ROLE_LABELS } from "@/lib/planning/pitch-status";
import { Deadline, ProgressBadge } from "./progress-badge";

type Assignment = Awaited<ReturnType<typeof findMyAssignments>>[number];

/** 派给我的稿件: the top of a writer's home page, soonest deadline first, overdue ones marked. */
export function MyAssignments({ assignments }: { assignments: Assignment[] }) {
  if (assignments.length === 0) return null;
  return (
    <section aria-labelledby="my-assignments-title" className="mb-8">
      <h2 id="my-assignments-title" className="mb-3 text-lg font-bold">
        派给我的稿件 <span className="text-sm font-normal text-muted">{assignments.length} 篇</span>
      </h2>
      <ul className="grid gap-3 md:grid-cols-2">
        {assignments.map((a) => (
          <li
            key={a.id}
            className={`rounded border bg-white p-4 ${a.overdue ? "border-red-400 ring-1 ring-red-300" : "border-gray-200"}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <Link
                href={`/newsroom/planning/${a.pitchId}`}
                className="font-bold text-brand-dark hover:underline"
              >
                {a.topic}
              </Link>
              <ProgressBadge progress={a.progress} />
            </div>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted">截稿</dt>
              <dd>
                <Deadline at={a.deadline} overdue={a.overdue} />
              </dd>
              <dt className="text-muted">字数</dt>
              <dd className="tabular-nums">
                {a.article ? `${a.article.charCount.toLocaleString("zh-CN")} / ` : "目标 "}
                {a.targetChars.toLocaleString("zh-CN")} 字
              </dd>
              <dt className="text-muted">刊期</dt>
              <dd>
                {a.issue ? `第${a.issue.number}期（${a.issue.date}）` : "待定"}
                {a.section && ` · ${a.section}`}
              </dd>
              <dt className="text-muted">署名</dt>
              <dd>
                {a.people.map((p) => `${ASSIGNMENT_ROLE_LABELS[p.role] ?? p.role} ${p.name}`).join("，")}
              </dd>
              {a.angle && (
                <>
                  <dt className="text-muted">角度</dt>
                  <dd className="line-clamp-2">{a.angle}</dd>
                </>
              )}
            </dl>
            <div className="mt-3">
              {a.mayStart ? (
                <NewArticleButton assignmentId={a.id} label="开始写作" about={a.topic} />
              ) : a.article && a.mayOpen ? (
                <Link
                  href={`/newsroom/articles/${a.article.id}`}
                  className="inline-block rounded border border-gray-300 px-3 py-1.5 text-sm hover:border-brand"
                >
                  打开稿件<span className="sr-only">：{a.topic}</span>
                </Link>
              ) : a.article ? (
                <p className="text-sm text-muted">稿件由其他记者执笔。</p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
