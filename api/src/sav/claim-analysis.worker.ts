/**
 * Entry of a worker thread of the claim-analysis pool (see `ClaimAnalyst`): claim bodies checked
 * and claims analysed, nothing else.
 */
import type { FieldError } from '../common/problem/problem';
import { checkClaim, type ClaimBody, claimInputOf } from './claim-check';
import { analyzeClaim, type ClaimAnalysis, type ClaimInput } from './domain/analyze';
import type { ClaimRules } from './dto/claim-rules';

/** A claim to analyse; `json`: answer the JSON text of the REST answer instead of the object. */
export interface ClaimTask {
  input: ClaimInput;
  json: boolean;
}

/** A claim body as received, to check, then to analyse unless it names an order or a product. */
export interface ClaimBodyTask {
  body: ClaimBody;
  now: Date;
}

export type AnalystTask = ClaimTask | ClaimBodyTask;

/**
 * What a claim body comes to: the JSON text of its analysis; the rules it breaks; or, when it
 * names an order or a product, the checked claim (the caller looks them up, then asks for the
 * analysis with their facts).
 */
export type BodyAnswer = { json: string } | { errors: FieldError[] } | { claim: ClaimRules };

export type TaskAnswer = ClaimAnalysis | string | BodyAnswer;

function answerBody({ body, now }: ClaimBodyTask): BodyAnswer {
  const checked = checkClaim(body);
  if (Array.isArray(checked)) return { errors: checked };
  if (checked.orderNumber || checked.productSku) return { claim: { ...checked } };
  return { json: JSON.stringify(analyzeClaim(claimInputOf(checked, now))) };
}

/** One task's answer, wherever it is computed (a worker, or the event loop when none can). */
export function analyzeTask(task: AnalystTask): TaskAnswer {
  if ('body' in task) return answerBody(task);
  const analysis = analyzeClaim(task.input);
  return task.json ? JSON.stringify(analysis) : analysis;
}

/**
 * The tasks that reached the event loop together, answered in one go: one message each way for
 * all of them. A JSON answer crosses back as one string, with no object graph to rebuild and
 * serialise on the event loop.
 */
export function batch(tasks: readonly AnalystTask[]): TaskAnswer[] {
  return tasks.map(analyzeTask);
}
