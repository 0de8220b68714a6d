import type { PlannedArticle } from "@/components/newsroom/issue-planner";
import { PlanSection, PlannedArticleLine } from "./planned-article-line";

interface OverviewSection {
  id: string;
  name: string;
  charCount: number;
  articles: PlannedArticle[];
}

/**
 * An issue's plan for someone who sees issues but does not arrange them (the admin): its
 * sections and articles in page order, as the planner shows them, without its controls.
 */
export function IssueOverview({ sections }: { sections: OverviewSection[] }) {
  const filled = sections.filter((section) => section.articles.length > 0);
  if (filled.length === 0) return <p className="text-muted">本期还没有稿件。</p>;
  return (
    <div className="space-y-6">
      {filled.map((section) => (
        <PlanSection key={section.id || "none"} section={section}>
          <ol className="divide-y divide-gray-100">
            {section.articles.map((article, index) => (
              <li key={article.id} className="flex flex-wrap items-center gap-3 px-4 py-2">
                <PlannedArticleLine article={article} place={index + 1} />
              </li>
            ))}
          </ol>
        </PlanSection>
      ))}
    </div>
  );
}
