/**
 * Entry of a worker thread of the claim-analysis pool (see `ClaimAnalyst`): the pure analysis
 * and nothing else.
 */
import { analyzeClaim, type ClaimAnalysis, type ClaimInput } from './domain/analyze';

export default function analyze(input: ClaimInput): ClaimAnalysis {
  return analyzeClaim(input);
}
