import type { FieldError } from './problem';

/**
 * Base of the errors that use cases throw. The problem filter maps each to its
 * HTTP status; the message is safe to show to the caller.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly slug: string;
  abstract readonly title: string;
  /** Response headers the error implies (e.g. `Retry-After`); the filter sets them. */
  readonly headers: Readonly<Record<string, string>> = {};

  constructor(
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly slug = 'not-found';
  readonly title = 'Not Found';
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly slug = 'conflict';
  readonly title = 'Conflict';
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly slug = 'forbidden';
  readonly title = 'Forbidden';
}

export class UnprocessableError extends DomainError {
  readonly status = 422;
  readonly slug = 'unprocessable-content';
  readonly title = 'Unprocessable Content';
}

/** The resource existed and was removed for good (e.g. a quarantined file). */
export class GoneError extends DomainError {
  readonly status = 410;
  readonly slug = 'gone';
  readonly title = 'Gone';
}

/** The request content is over a size limit. */
export class PayloadTooLargeError extends DomainError {
  readonly status = 413;
  readonly slug = 'payload-too-large';
  readonly title = 'Payload Too Large';
}

/** The content is of a type the route does not accept (as recognised from its bytes). */
export class UnsupportedMediaTypeError extends DomainError {
  readonly status = 415;
  readonly slug = 'unsupported-media-type';
  readonly title = 'Unsupported Media Type';
}

export class InvalidInputError extends DomainError {
  readonly status = 400;
  readonly slug = 'validation-error';
  readonly title = 'Invalid request';

  constructor(
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

/** A dependency the request needs (database, storage…) is not answering. */
export class DependencyUnavailableError extends DomainError {
  readonly status = 503;
  readonly slug = 'dependency-unavailable';
  readonly title = 'Service Unavailable';
}

/** The file storage has no space left: nothing was stored; retrying at once will not help. */
export class InsufficientStorageError extends DomainError {
  readonly status = 507;
  readonly slug = 'insufficient-storage';
  readonly title = 'Insufficient Storage';
}

/** No credential, or one that is not valid (wrong password, expired or forged token). */
export class UnauthorizedError extends DomainError {
  readonly status = 401;
  readonly slug = 'unauthorized';
  readonly title = 'Unauthorized';
}

/** The caller must slow down; `Retry-After` tells them for how long. */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly slug = 'too-many-requests';
  readonly title = 'Too Many Requests';
  override readonly headers: Readonly<Record<string, string>>;
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    // A client told to retry after 0 seconds would retry at once.
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
    this.headers = { 'Retry-After': String(this.retryAfterSeconds) };
  }
}
