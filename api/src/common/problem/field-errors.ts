import type { ValidationError, ValidatorOptions } from 'class-validator';
import type { FieldError } from './problem';

/**
 * How every body, query and parameter is checked: unknown fields refused, each field's every
 * broken rule reported. The global pipe (`createValidationPipe`) and the analysis workers, which
 * check claim bodies without Nest, both use these.
 */
export const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: false,
  validationError: { target: false, value: false },
} as const satisfies ValidatorOptions;

/** The summary of a 400 for fields that break their rules. */
export const INVALID_FIELDS = 'The request has invalid fields.';

/** Flattens class-validator's tree into `field.path: message` pairs. */
export function toFieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({ field, message });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}
