/**
 * Entry of a worker thread of the claim-analysis pool (see `ClaimAnalyst`): the pure analysis
 * and nothing else.
 */
import { analyzeClaim, type ClaimAnalysis, type ClaimInput } from './domain/analyze';

export default function analyze(input: ClaimInput): ClaimAnalysis {
  return analyzeClaim(input);
}

/** The analysis as the JSON text of the REST answer: one string crosses back to the event loop. */
export function json(input: ClaimInput): string {
  return JSON.stringify(analyzeClaim(input));
}
