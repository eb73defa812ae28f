import { ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from './domain-error';
import { INVALID_FIELDS, toFieldErrors, VALIDATOR_OPTIONS } from './field-errors';
import { memoizeValidationRules } from './validation-rules';

/** The global pipe: unknown fields rejected, payloads turned into DTO instances. */
export function createValidationPipe(): ValidationPipe {
  memoizeValidationRules();
  return new ValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => new InvalidInputError(INVALID_FIELDS, toFieldErrors(errors)),
  });
}
