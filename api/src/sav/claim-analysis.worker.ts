/**
 * Entry of a worker thread of the claim-analysis pool (see `ClaimAnalyst`): claim bodies checked
 * and claims analysed, nothing else.
 */
import type { FieldError } from '../common/problem/problem';
import { checkClaim, type ClaimBody, claimInputOf } from './claim-check';
import { analyzeClaim, type ClaimAnalysis, type ClaimInput } from './domain/analyze';
import type { ClaimRules } from './dto/claim-rules';

/** A claim to analyse; `json`: answer the REST answer's JSON, as UTF-8 bytes, instead of the object. */
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
 * What a claim body comes to: the JSON of its analysis (UTF-8 bytes); the rules it breaks; or, when it
 * names an order or a product, the checked claim (the caller looks them up, then asks for the
 * analysis with their facts).
 */
export type BodyAnswer = { json: Uint8Array } | { errors: FieldError[] } | { claim: ClaimRules };

export type TaskAnswer = ClaimAnalysis | Uint8Array | BodyAnswer;

/** Where answers are encoded before their bytes are copied out; grows for a longer answer. */
let scratch = Buffer.allocUnsafeSlow(32 * 1024);

/**
 * UTF-8 bytes of a text in an array of their own: written into the scratch buffer, then copied
 * out (half the time of `TextEncoder.encode` for an answer, whose French makes it a two-byte
 * string). Not `Buffer.from`: a short one is a view on a shared 8 KB slab, which a message
 * would copy whole.
 */
export function utf8Bytes(text: string): Uint8Array {
  if (text.length * 3 > scratch.length) scratch = Buffer.allocUnsafeSlow(text.length * 3);
  const length = scratch.write(text, 0, 'utf8');
  const bytes = new Uint8Array(length);
  bytes.set(scratch.subarray(0, length));
  return bytes;
}

/**
 * The REST answer's JSON as UTF-8 bytes: they cross to the event loop outside its heap, where a
 * string would be copied by each young collection it lives through (the ~100 requests in flight
 * kept their answers long enough for most of them to reach the old generation), and they are
 * written to the socket as they are, with no encoding on the event loop.
 */
function toJson(analysis: ClaimAnalysis): Uint8Array {
  return utf8Bytes(JSON.stringify(analysis));
}

function answerBody({ body, now }: ClaimBodyTask): BodyAnswer {
  const checked = checkClaim(body);
  if (Array.isArray(checked)) return { errors: checked };
  if (checked.orderNumber || checked.productSku) return { claim: { ...checked } };
  return { json: toJson(analyzeClaim(claimInputOf(checked, now))) };
}

/** One task's answer, wherever it is computed (a worker, or the event loop when none can). */
export function analyzeTask(task: AnalystTask): TaskAnswer {
  if ('body' in task) return answerBody(task);
  const analysis = analyzeClaim(task.input);
  return task.json ? toJson(analysis) : analysis;
}

/**
 * The tasks that reached the event loop together, answered in one go: one message each way for
 * all of them. A JSON answer crosses back as bytes, with no object graph to rebuild and serialise
 * on the event loop.
 */
export function batch(tasks: readonly AnalystTask[]): TaskAnswer[] {
  return tasks.map(analyzeTask);
}
