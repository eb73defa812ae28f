import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputError } from './domain-error';
import type { FieldError } from './problem';
import { memoizeValidationRules } from './validation-rules';

/** Flattens class-validator's tree into `field.path: message` pairs. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
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

/** The global pipe: unknown fields rejected, payloads turned into DTO instances. */
export function createValidationPipe(): ValidationPipe {
  memoizeValidationRules();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new InvalidInputError('The request has invalid fields.', toFieldErrors(errors)),
  });
}
