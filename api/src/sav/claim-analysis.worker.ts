/**
 * Entry of a worker thread of the claim-analysis pool (see `ClaimAnalyst`): the pure analysis
 * and nothing else.
 */
import { analyzeClaim, type ClaimAnalysis, type ClaimInput } from './domain/analyze';

/** One claim of a batch; `json`: answer the JSON text of the REST answer instead of the object. */
export interface ClaimTask {
  input: ClaimInput;
  json: boolean;
}

/** One claim's answer, wherever it is computed (a worker, or the event loop when none can). */
export function analyzeTask({ input, json }: ClaimTask): ClaimAnalysis | string {
  const analysis = analyzeClaim(input);
  return json ? JSON.stringify(analysis) : analysis;
}

/**
 * The claims that reached the event loop together, analysed in one task: one message each way
 * for all of them. A JSON answer crosses back as one string, with no object graph to rebuild
 * and serialise on the event loop.
 */
export function batch(tasks: readonly ClaimTask[]): (ClaimAnalysis | string)[] {
  return tasks.map(analyzeTask);
}
