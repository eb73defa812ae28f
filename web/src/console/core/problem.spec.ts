import {
  ApiProblemError,
  messagesFor,
  problemOf,
  toProblem,
  unplacedErrors,
  unwrap,
} from './problem';

const INVALID = {
  type: '/problems/bad-request',
  title: 'Bad Request',
  status: 400,
  detail: 'The request has invalid fields.',
  requestId: 'abc-123',
  errors: [
    { field: 'password', message: 'password must be at least 12 characters' },
    { field: 'allowedOrigins', message: 'allowedOrigins[1] must use https' },
    { field: 'theme.primaryColor', message: 'primaryColor must be a colour #rrggbb' },
    { field: 'expiresAt', message: 'expiresAt must be in the future' },
  ],
};

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return Promise.resolve({
    error: body,
    response: new Response(null, { status, headers }),
  });
}

describe('toProblem', () => {
  it('keeps title, detail, request id and field errors of a problem+json body', () => {
    expect(toProblem(400, INVALID)).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: 'The request has invalid fields.',
      requestId: 'abc-123',
      errors: INVALID.errors,
    });
  });

  it('survives bodies that are not problems', () => {
    expect(toProblem(502, '<html>Bad Gateway</html>', 'from-header')).toEqual({
      status: 502,
      title: null,
      detail: null,
      requestId: 'from-header',
      errors: [],
    });
    expect(
      toProblem(400, { errors: [{ field: 1 }, null, { message: 'no field' }] }).errors,
    ).toEqual([{ field: '', message: 'no field' }]);
  });
});

describe('field errors', () => {
  const problem = toProblem(400, INVALID);

  it('finds the messages of a field, its members and its items', () => {
    expect(messagesFor(problem, 'password')).toEqual(['password must be at least 12 characters']);
    expect(messagesFor(problem, 'allowedOrigins')).toEqual(['allowedOrigins[1] must use https']);
    expect(messagesFor(problem, 'theme')).toEqual(['primaryColor must be a colour #rrggbb']);
    expect(messagesFor(problem, 'pass')).toEqual([]);
    expect(messagesFor(null, 'password')).toEqual([]);
  });

  it('lists the errors no form field shows', () => {
    expect(unplacedErrors(problem, ['password', 'allowedOrigins', 'theme'])).toEqual([
      { field: 'expiresAt', message: 'expiresAt must be in the future' },
    ]);
  });
});

describe('unwrap', () => {
  it('returns the data of a successful answer', async () => {
    const data = { id: 1 };
    await expect(unwrap(Promise.resolve({ data, response: new Response('{}') }))).resolves.toBe(
      data,
    );
  });

  it('turns a failed answer into an ApiProblemError with the request id header as fallback', async () => {
    const error = await unwrap(
      answer(409, { title: 'Conflict', status: 409 }, { 'X-Request-Id': 'rid' }),
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiProblemError);
    expect(problemOf(error)).toMatchObject({ status: 409, title: 'Conflict', requestId: 'rid' });
  });

  it('reports a network failure as status 0 and lets an abort through', async () => {
    expect(
      problemOf(await unwrap(Promise.reject(new TypeError('fetch failed'))).catch((e) => e)),
    ).toMatchObject({ status: 0 });
    const abort = new DOMException('aborted', 'AbortError');
    await expect(unwrap(Promise.reject(abort))).rejects.toBe(abort);
  });
});
