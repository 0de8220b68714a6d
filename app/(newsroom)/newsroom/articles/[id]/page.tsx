import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/newsroom/back-link";
import { ArticleEditor } from "@/components/editor/article-editor";
import { CommentBridgeProvider } from "@/components/editor/comment-bridge";
import { CreditsEditor } from "@/components/editor/credits-editor";
import { SaveStateProvider } from "@/components/editor/save-state-context";
import { CommentsPanel } from "@/components/newsroom/comments-panel";
import { CopyRejectedButton } from "@/components/newsroom/copy-rejected-button";
import { CorrectionForm } from "@/components/newsroom/correction-form";
import { DecisionNotice } from "@/components/newsroom/decision-notice";
import { DiffView } from "@/components/newsroom/diff-view";
import { EventTimeline } from "@/components/newsroom/event-timeline";
import { RevisionHistory } from "@/components/newsroom/revision-history";
import { ProofRounds } from "@/components/newsroom/proof-rounds";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { WorkflowPanel } from "@/components/newsroom/workflow-panel";
import { findArticleForEditing } from "@/lib/articles/find-article-for-editing";
import { findDecisionNotice } from "@/lib/articles/find-decision-notice";
import { anchorIds } from "@/lib/comments/anchor-ids";
import { toRevisionRow } from "@/lib/articles/list-revisions";
import { requireUser } from "@/lib/auth/current-user";
import { findArticleCredits } from "@/lib/credits/find-article-credits";
import { findCreditAccounts } from "@/lib/credits/find-credit-accounts";
import { db } from "@/lib/db";
import { readableArticleDoc } from "@/lib/editor/readable-doc";
import { renderArticleHtml } from "@/lib/editor/render-article-html";
import { formatByline } from "@/lib/public/byline";
import { getProofreadTerms } from "@/lib/settings/publication-settings";
import { findArticleQuality } from "@/lib/quality/find-quality";
import { toRoundView } from "@/lib/quality/round-view";
import { systemClock } from "@/lib/time/clock";

interface ArticlePageProps {
  params: Promise<{ id: string }>;
}

export const metadata: Metadata = { title: "稿件" };

// The newsroom's article page: the editor (or the text, read-only), revisions and timeline.
// Someone who may not see the article gets the same 404 as for an unknown id.
export default async function NewsroomArticlePage({ params }: ArticlePageProps) {
  const { id } = await params;
  const user = await requireUser(`/newsroom/articles/${id}`);
  const found = await findArticleForEditing(db, user, id, systemClock);
  if (!found) notFound();
  const { article, sections, may, workflow, submissionDiff, timeline, reopensOnEdit } = found;
  const [terms, credits, accounts, quality] = await Promise.all([
    may.edit ? getProofreadTerms(db, user, article.id) : [],
    findArticleCredits(db, user, article.id),
    may.edit ? findCreditAccounts(db, user) : [],
    may.proofread ? findArticleQuality(db, user, article.id, systemClock()) : null,
  ]);
  // The editor would silently open a document it cannot parse as empty, and autosave that.
  const body = readableArticleDoc(article.body);
  const decision = findDecisionNotice(article.status, article.events);
  const situation = workflow.nextStage ? `等待${workflow.nextStage}（共 ${workflow.stages} 审）` : null;
  const anchored = anchorIds(body);
  const threads = article.comments
    .filter((c) => !c.parentId)
    .map((c) => ({
      id: c.id,
      author: c.author.displayName,
      body: c.body,
      anchorText: c.anchorText,
      anchorId: c.anchorId,
      anchorInText: c.anchorId !== null && anchored.has(c.anchorId),
      at: c.createdAt.toISOString(),
      resolved: c.resolvedAt !== null,
      replies: article.comments
        .filter((r) => r.parentId === c.id)
        .map((r) => ({
          id: r.id,
          author: r.author.displayName,
          body: r.body,
          at: r.createdAt.toISOString(),
        })),
    }));

  return (
    <SaveStateProvider>
      <CommentBridgeProvider>
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div>
            <BackLink href="/newsroom">我的稿件</BackLink>
            <div className="mb-4 flex flex-wrap items-center gap-3">
              <h1 className="text-2xl font-bold">{may.edit ? "编辑稿件" : "查看稿件"}</h1>
              <StatusBadge status={article.status} />
              <span className="text-sm text-muted">作者：{article.author?.displayName ?? "存档导入"}</span>
            </div>
            {decision && <DecisionNotice notice={decision} forAuthor={article.authorId === user.id} />}
            <WorkflowPanel articleId={article.id} transitions={workflow.transitions} situation={situation} />
            {may.copyRejected && <CopyRejectedButton articleId={article.id} />}
            {may.correct && <CorrectionForm articleId={article.id} />}
            {submissionDiff && (
              <details className="mb-4 rounded border border-blue-200 bg-blue-50 p-4" open>
                <summary className="cursor-pointer font-bold text-blue-900">与上次提交的版本相比</summary>
                <div className="mt-3 space-y-3">
                  <DiffView label="标题" parts={submissionDiff.headline} />
                  <DiffView label="副题" parts={submissionDiff.subtitle} />
                  <DiffView label="正文" parts={submissionDiff.body} />
                </div>
              </details>
            )}
            {may.edit ? (
              <ArticleEditor
                articleId={article.id}
                terms={terms}
                version={article.version}
                updatedAt={article.updatedAt.toISOString()}
                initial={{
                  headline: article.headline,
                  subtitle: article.subtitle,
                  sectionId: article.sectionId,
                  body,
                }}
                sections={sections}
                reopensOnEdit={reopensOnEdit}
              />
            ) : (
              <article className="rounded border border-gray-200 bg-white p-6">
                <p className="mb-4 rounded bg-gray-100 px-3 py-2 text-sm text-muted">
                  稿件当前为“只读”，在此状态下不能修改。
                </p>
                <h2 className="font-serif text-2xl font-bold">{article.headline || "（无标题）"}</h2>
                {article.subtitle && <p className="mt-2 font-serif text-lg text-muted">{article.subtitle}</p>}
                <div
                  className="article-body mt-4"
                  dangerouslySetInnerHTML={{
                    __html: renderArticleHtml(body, { placeholders: "show", comments: "show" }),
                  }}
                />
              </article>
            )}
          </div>
          <aside className="space-y-8">
            <section aria-labelledby="credits-title">
              <h2 id="credits-title" className="mb-3 text-lg font-bold">
                署名
              </h2>
              {may.edit ? (
                <CreditsEditor articleId={article.id} initial={credits} accounts={accounts} />
              ) : (
                <p className="font-serif text-sm">
                  {credits.length > 0 ? formatByline(credits) : "（暂无署名）"}
                </p>
              )}
            </section>
            {may.history && (
              <section aria-labelledby="revisions-title">
                <h2 id="revisions-title" className="mb-3 text-lg font-bold">
                  修订记录
                </h2>
                <RevisionHistory
                  articleId={article.id}
                  mayRestore={may.restore}
                  revisions={article.revisions.map(toRevisionRow)}
                />
              </section>
            )}
            {quality && (
              <section aria-labelledby="proof-title">
                <h2 id="proof-title" className="mb-3 text-lg font-bold">
                  校对记录
                </h2>
                <ProofRounds
                  target={{ articleId: article.id }}
                  summary={quality.summary}
                  rounds={quality.rounds.map((r) => toRoundView(r, quality.printedAt))}
                />
              </section>
            )}
            <section aria-labelledby="comments-title">
              <h2 id="comments-title" className="mb-3 text-lg font-bold">
                批注
              </h2>
              <CommentsPanel articleId={article.id} comments={threads} mayComment={may.comment} />
            </section>
            <section aria-labelledby="timeline-title">
              <h2 id="timeline-title" className="mb-3 text-lg font-bold">
                流程记录
              </h2>
              <EventTimeline entries={timeline} />
            </section>
          </aside>
        </div>
      </CommentBridgeProvider>
    </SaveStateProvider>
  );
}
