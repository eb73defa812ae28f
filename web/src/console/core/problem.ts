/** One rejected field of a problem+json answer (`errors[]`), e.g. `{field: 'password', …}`. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * What the console keeps of an API failure (RFC 9457 problem details). `status` is 0 when the
 * API could not be reached; `title` and `detail` are the API's own words (English), or null.
 */
export interface ApiProblem {
  readonly status: number;
  readonly title: string | null;
  readonly detail: string | null;
  readonly requestId: string | null;
  readonly errors: readonly FieldProblem[];
}

/** Thrown by `unwrap()` so that callers and resources see one error type. */
export class ApiProblemError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiProblemError';
  }
}

/** The shape openapi-fetch resolves to: `data` on success, the parsed body as `error` otherwise. */
export interface FetchResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function fieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { field, message } = entry as Record<string, unknown>;
    const said = text(message);
    return said === null ? [] : [{ field: text(field) ?? '', message: said }];
  });
}

/** Reads a problem body defensively: a proxy may answer with HTML or nothing at all. */
export function toProblem(
  status: number,
  body: unknown,
  requestId: string | null = null,
): ApiProblem {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return {
    status,
    title: text(fields['title']),
    detail: text(fields['detail']),
    requestId: text(fields['requestId']) ?? requestId,
    errors: fieldProblems(fields['errors']),
  };
}

export const UNREACHABLE: ApiProblem = {
  status: 0,
  title: null,
  detail: null,
  requestId: null,
  errors: [],
};

/**
 * Awaits a typed client call and returns its data; a failed answer or a network failure becomes an
 * `ApiProblemError`. An abort is rethrown as is, so a cancelled resource stays quiet.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblemError(UNREACHABLE);
  }
  const { response } = result;
  if (!response.ok) {
    throw new ApiProblemError(
      toProblem(response.status, result.error, response.headers.get('X-Request-Id')),
    );
  }
  return result.data as T;
}

/** The problem behind any error a call may throw (unexpected ones count as unreachable). */
export function problemOf(error: unknown): ApiProblem {
  return error instanceof ApiProblemError ? error.problem : UNREACHABLE;
}

/** Whether an error of the API is about `field`: itself, a member (`theme.primaryColor`), an item (`allowedOrigins[2]`). */
function concerns(error: FieldProblem, field: string): boolean {
  return (
    error.field === field ||
    error.field.startsWith(`${field}.`) ||
    error.field.startsWith(`${field}[`)
  );
}

/** Messages of the API for one form field. */
export function messagesFor(problem: ApiProblem | null, field: string): string[] {
  return (problem?.errors ?? []).filter((error) => concerns(error, field)).map((e) => e.message);
}

/** Errors no form field shows, listed in the problem box instead. */
export function unplacedErrors(
  problem: ApiProblem | null,
  fields: readonly string[],
): FieldProblem[] {
  return (problem?.errors ?? []).filter((error) => !fields.some((f) => concerns(error, f)));
}
