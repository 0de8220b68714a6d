import type { EachResult } from "@/lib/actions/run-each";

export interface BulkOutcome extends EachResult {
  /** What was done, as a verb: 通过, 编入. */
  verb: string;
  /** Headlines by id, to name the refused items. */
  names: ReadonlyMap<string, string>;
}

/** What a bulk action did: how many went through, and each refusal with its reason. */
export function BulkSummary({ outcome, className = "" }: { outcome: BulkOutcome; className?: string }) {
  return (
    <div role="status" className={`text-sm ${className}`}>
      <p className="text-green-800">
        已{outcome.verb} {outcome.done.length} 篇。
      </p>
      {outcome.refused.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-red-800">
          {outcome.refused.map((item) => (
            <li key={item.id}>
              《{outcome.names.get(item.id) ?? "稿件"}》未能{outcome.verb}：{item.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
