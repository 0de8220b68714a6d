import type { ReadingScope } from "./scope";

/**
 * What an editor's preview shows: the issue whatever its status, and every article placed in
 * it, as readers will see them once it is published.
 */
export function previewScope(): ReadingScope {
  return {
    issue: {},
    article: { status: { in: ["APPROVED", "HELD", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"] } },
  };
}
