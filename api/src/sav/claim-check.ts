/**
 * Claim bodies checked without Nest: the analysis workers check `POST /sav/analyze` bodies with
 * the rules of `ClaimRules`, as the global validation pipe would, and the event loop does not
 * pay for it (class-validator and class-transformer were the largest part of its time on that
 * route). Nothing here may load Nest or `@nestjs/swagger` (a worker thread would carry them).
 */
import { validateSync } from 'class-validator';
import { toFieldErrors, VALIDATOR_OPTIONS } from '../common/problem/field-errors';
import type { FieldError } from '../common/problem/problem';
import { memoizeValidationRules } from '../common/problem/validation-rules';
import type { ClaimInput } from './domain/analyze';
import { ClaimRules } from './dto/claim-rules';

/** A JSON object whose every value is a string, a number, a boolean or null. */
export type ClaimBody = Record<string, string | number | boolean | null>;

/** Keys the validation pipe strips before it checks a body (prototype pollution). */
const STRIPPED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const PLAIN_VALUES = new Set(['string', 'number', 'boolean']);

/**
 * Whether a body can be checked by `checkClaim` with the very answer the validation pipe would
 * give: a plain object of plain values, none under a key the pipe strips first. Anything else
 * (an array, nested values, such a key) goes through the pipe itself.
 */
export function isClaimBody(value: unknown): value is ClaimBody {
  if (value === null || typeof value !== 'object') return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    if (STRIPPED_KEYS.has(key)) return false;
    const field: unknown = (value as Record<string, unknown>)[key];
    if (field !== null && !PLAIN_VALUES.has(typeof field)) return false;
  }
  return true;
}

memoizeValidationRules();

/**
 * The claim, or every rule it breaks (as the validation pipe words them, in its order). The pipe
 * turns a body into the class with class-transformer; for a claim body (plain values, no
 * stripped key) and `ClaimRules` (no transformation decorator, no implicit conversion) that is
 * an instance with the body's own fields copied as they are, which is what is built here, at a
 * fraction of the cost (the equivalence is tested body by body against the pipe).
 */
export function checkClaim(body: ClaimBody): ClaimRules | FieldError[] {
  const claim = Object.assign(new ClaimRules(), body);
  const errors = validateSync(claim, VALIDATOR_OPTIONS);
  return errors.length > 0 ? toFieldErrors(errors) : claim;
}

/** Only the day of a date counts (a time after it is ignored), at midnight UTC. */
export const toDate = (iso: string | null | undefined): Date | undefined =>
  iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : undefined;

/** The analysis input of a checked claim, from what it says itself. */
export function claimInputOf(claim: ClaimRules, now: Date): ClaimInput {
  return {
    description: claim.description,
    now,
    purchaseDate: toDate(claim.purchaseDate),
    deliveryDate: toDate(claim.deliveryDate),
    customerTier: claim.customerTier,
    previousClaims: claim.previousClaims,
    productValue: claim.productValue,
  };
}
