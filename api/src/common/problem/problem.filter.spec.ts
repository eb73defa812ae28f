import {
  type ArgumentsHost,
  BadRequestException,
  HttpException,
  NotFoundException,
} from '@nestjs/common';
import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import {
  ConflictError,
  DependencyUnavailableError,
  InvalidInputError,
  NotFoundError,
  TooManyRequestsError,
} from './domain-error';
import { ProblemFilter } from './problem.filter';
import { statusProblem } from './problem';

describe('ProblemFilter.toProblem', () => {
  const filter = new ProblemFilter();

  it('maps validation errors with their fields', () => {
    const problem = filter.toProblem(
      new InvalidInputError('The request has invalid fields.', [
        { field: 'email', message: 'email must be an email' },
      ]),
    );
    expect(problem).toEqual({
      type: '/problems/validation-error',
      title: 'Invalid request',
      status: 400,
      detail: 'The request has invalid fields.',
      errors: [{ field: 'email', message: 'email must be an email' }],
    });
  });

  it.each([
    [new NotFoundError('Order not found'), 404, '/problems/not-found'],
    [new ConflictError('Illegal transition'), 409, '/problems/conflict'],
    [
      new DependencyUnavailableError('Database unavailable'),
      503,
      '/problems/dependency-unavailable',
    ],
  ])('maps %s to its status', (error, status, type) => {
    expect(filter.toProblem(error)).toMatchObject({ status, type, detail: error.message });
  });

  it('keeps the domain error extensions but never lets them override the status', () => {
    const problem = filter.toProblem(
      new ConflictError('Closed', { status: 200, reference: 'SAV-2026-000001' }),
    );
    expect(problem.status).toBe(409);
    expect(problem.reference).toBe('SAV-2026-000001');
  });

  it('uses the message of an HttpException', () => {
    expect(filter.toProblem(new NotFoundException('No such ticket'))).toMatchObject({
      status: 404,
      detail: 'No such ticket',
    });
    expect(filter.toProblem(new BadRequestException(['a is bad', 'b is bad']))).toMatchObject({
      status: 400,
      detail: 'a is bad; b is bad',
    });
    expect(filter.toProblem(new HttpException('Teapot', 418))).toMatchObject({
      status: 418,
      detail: 'Teapot',
      type: '/problems/bad-request',
    });
  });

  it('hides the detail of server-side HttpExceptions and of unknown errors', () => {
    expect(filter.toProblem(new HttpException('db password wrong', 502)).detail).toBeUndefined();
    const problem = filter.toProblem(new Error('SELECT * FROM secrets'));
    expect(problem).toEqual({ ...statusProblem(500), detail: 'An unexpected error occurred.' });
    expect(filter.toProblem('thrown string').status).toBe(500);
  });

  it('answers 503 dependency-unavailable, not 500, when the database cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    // TypeORM wraps the driver's error and copies its fields.
    const shutdown = Object.assign(
      new Error('terminating connection due to administrator command'),
      {
        driverError: { code: '57P01' },
      },
    );
    for (const error of [
      refused,
      shutdown,
      new Error('Connection terminated unexpectedly'),
      new Error('wrapped', { cause: refused }),
      new Error('Client was closed and is not queryable'),
      new QueryRunnerAlreadyReleasedError(),
    ]) {
      expect(filter.toProblem(error)).toEqual({
        type: '/problems/dependency-unavailable',
        title: 'Service Unavailable',
        status: 503,
        detail: 'A service this request needs is not answering. Retry in a moment.',
      });
    }
  });

  it('keeps 500 for database errors that are not about the connection', () => {
    const unique = Object.assign(new Error('duplicate key value'), { code: '23505' });
    expect(filter.toProblem(unique).status).toBe(500);
  });
});

describe('ProblemFilter.catch', () => {
  function respond(exception: unknown) {
    const headers: Record<string, string> = {};
    const sent: { status?: number; type?: string; body?: string } = {};
    const res = {
      headersSent: false,
      setHeader: (name: string, value: string) => (headers[name] = value),
      status(code: number) {
        sent.status = code;
        return this;
      },
      type(type: string) {
        sent.type = type;
        return this;
      },
      send: (body: string) => (sent.body = body),
    };
    const req = { id: 'req-1', originalUrl: '/api/v1/auth/login' };
    const host = {
      getType: () => 'http',
      switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
    } as unknown as ArgumentsHost;
    new ProblemFilter().catch(exception, host);
    return { headers, sent };
  }

  it('sets the headers a domain error implies, such as Retry-After on a 429', () => {
    const { headers, sent } = respond(new TooManyRequestsError('Slow down.', 41.2));
    expect(headers).toEqual({ 'Retry-After': '42', 'Cache-Control': 'no-store' });
    expect(sent.status).toBe(429);
    expect(JSON.parse(sent.body ?? '{}')).toMatchObject({
      type: '/problems/too-many-requests',
      title: 'Too Many Requests',
      detail: 'Slow down.',
    });
  });

  it('sets no extra header for other errors, and forbids caching any problem', () => {
    expect(respond(new ConflictError('Closed')).headers).toEqual({ 'Cache-Control': 'no-store' });
  });
});
