import { AppError } from "@/lib/errors/app-error";

/** What a bulk action did: the items it did, and the ones refused with the reason for each. */
export interface EachResult {
  done: string[];
  refused: { id: string; reason: string }[];
}

/**
 * Runs one operation per item, each in its own transaction through the ordinary single-item
 * operation, so every rule and record applies exactly as when done one by one. A refusal
 * (an AppError: changed meanwhile, not allowed) skips that item and says why; anything
 * unexpected stops the run and is reported as an error by the action boundary.
 */
export async function runEach(
  ids: readonly string[],
  operation: (id: string) => Promise<unknown>,
): Promise<EachResult> {
  const result: EachResult = { done: [], refused: [] };
  for (const id of new Set(ids)) {
    try {
      await operation(id);
      result.done.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.refused.push({ id, reason: error.message });
    }
  }
  return result;
}
