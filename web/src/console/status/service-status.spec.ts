import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import {
  HEALTH_URL,
  READY_URL,
  type ServiceStatus,
  ServiceStatusApi,
  isReadinessBody,
} from './service-status';

/* Bodies as sent by the API's `GET /ready` (@nestjs/terminus v12). */

const ALL_UP = {
  status: 'ok',
  info: {
    database: { mode: 'embedded', latencyMs: 5, responseTime: 5, status: 'up' },
    redis: { mode: 'memory', status: 'up' },
  },
  error: {},
  details: {
    database: { mode: 'embedded', latencyMs: 5, responseTime: 5, status: 'up' },
    redis: { mode: 'memory', status: 'up' },
  },
};

const REDIS_DEGRADED = {
  status: 'degraded',
  info: { database: { mode: 'external', latencyMs: 2, status: 'up' } },
  error: {},
  details: {
    database: { mode: 'external', latencyMs: 2, status: 'up' },
    redis: { mode: 'redis', status: 'degraded', message: 'Redis is unreachable' },
  },
};

const DATABASE_DOWN = {
  status: 'error',
  info: { redis: { mode: 'redis', status: 'up', latencyMs: 1 } },
  error: { database: { status: 'down', message: 'connect ECONNREFUSED 10.0.0.5:5432' } },
  details: {
    database: { status: 'down', message: 'connect ECONNREFUSED 10.0.0.5:5432' },
    redis: { mode: 'redis', status: 'up', latencyMs: 1 },
  },
};

const SHUTTING_DOWN = { status: 'shutting_down', details: {} };

describe('isReadinessBody', () => {
  it.each([
    ['ok', ALL_UP],
    ['degraded', REDIS_DEGRADED],
    ['error', DATABASE_DOWN],
    ['shutting_down', SHUTTING_DOWN],
  ])('accepts the real %s /ready payload', (_name, body) => {
    expect(isReadinessBody(body)).toBe(true);
  });

  it.each([
    null,
    'ok',
    [],
    { status: 'ok' },
    // The terminus format without `details` is not a usable report.
    { status: 'ok', info: ALL_UP.info, error: {} },
    // The format the console was first written against.
    { status: 'ok', checks: { database: { status: 'up', latencyMs: 3 } } },
    { status: 1, details: {} },
    { status: 'ready', details: {} },
    { status: 'ok', details: null },
    { status: 'ok', details: [] },
    { status: 'ok', details: { database: 'up' } },
    { status: 'ok', details: { database: { latencyMs: 3 } } },
  ])('rejects %j', (body) => {
    expect(isReadinessBody(body)).toBe(false);
  });
});

describe('ServiceStatusApi', () => {
  let httpMock: HttpTestingController;
  let api: ServiceStatusApi;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    api = TestBed.inject(ServiceStatusApi);
  });

  afterEach(() => {
    httpMock.verify();
  });

  async function check(
    ready: (request: ReturnType<HttpTestingController['expectOne']>) => void,
  ): Promise<ServiceStatus> {
    const result = firstValueFrom(api.check());
    httpMock.expectOne(HEALTH_URL).flush({ status: 'ok' });
    ready(httpMock.expectOne(READY_URL));
    return result;
  }

  const SERVICE_UNAVAILABLE = { status: 503, statusText: 'Service Unavailable' };

  it('reads every dependency of a 200 "ok" report from `details`', async () => {
    const result = await check((request) => request.flush(ALL_UP));

    expect(result).toEqual({
      kind: 'report',
      checkedAt: expect.any(Date),
      overall: 'ok',
      components: [
        { name: 'api', state: 'up', latencyMs: expect.any(Number), mode: null, message: null },
        { name: 'database', state: 'up', latencyMs: 5, mode: 'embedded', message: null },
        { name: 'redis', state: 'up', latencyMs: null, mode: 'memory', message: null },
      ],
    });
  });

  it('reads a 200 "degraded" report with the degraded dependency and its message', async () => {
    const result = await check((request) => request.flush(REDIS_DEGRADED));

    expect(result).toMatchObject({
      kind: 'report',
      overall: 'degraded',
      components: [
        { name: 'api', state: 'up' },
        { name: 'database', state: 'up', latencyMs: 2, mode: 'external', message: null },
        {
          name: 'redis',
          state: 'degraded',
          latencyMs: null,
          mode: 'redis',
          message: 'Redis is unreachable',
        },
      ],
    });
  });

  it('reads the report carried by a 503 "error" answer', async () => {
    const result = await check((request) => request.flush(DATABASE_DOWN, SERVICE_UNAVAILABLE));

    expect(result).toMatchObject({
      kind: 'report',
      overall: 'error',
      components: [
        { name: 'api', state: 'up' },
        {
          name: 'database',
          state: 'down',
          latencyMs: null,
          mode: null,
          message: 'connect ECONNREFUSED 10.0.0.5:5432',
        },
        { name: 'redis', state: 'up', latencyMs: 1, mode: 'redis', message: null },
      ],
    });
  });

  it('reads a 503 "shutting_down" answer, which has no dependency details', async () => {
    const result = await check((request) => request.flush(SHUTTING_DOWN, SERVICE_UNAVAILABLE));

    // Arrays must match in length: the API (probed through /health) is the only component.
    expect(result).toMatchObject({
      kind: 'report',
      overall: 'shutting_down',
      components: [{ name: 'api', state: 'up' }],
    });
  });

  it('falls back to the terminus responseTime when latencyMs is missing', async () => {
    const result = await check((request) =>
      request.flush({ status: 'ok', details: { database: { status: 'up', responseTime: 7 } } }),
    );

    expect(result).toMatchObject({ components: [{ name: 'api' }, { latencyMs: 7 }] });
  });

  it('maps unknown dependency states and invalid fields defensively', async () => {
    const result = await check((request) =>
      request.flush(
        {
          status: 'error',
          details: {
            search: { status: 'warn', latencyMs: -1, mode: 42, message: '   ' },
            redis: { status: 'down', latencyMs: 'fast', responseTime: Number.NaN, message: 7 },
          },
        },
        SERVICE_UNAVAILABLE,
      ),
    );

    expect(result).toMatchObject({
      kind: 'report',
      overall: 'error',
      components: [
        { name: 'api', state: 'up' },
        { name: 'search', state: 'unknown', latencyMs: null, mode: null, message: null },
        { name: 'redis', state: 'down', latencyMs: null, mode: null, message: null },
      ],
    });
  });

  it('reports the API as down, with the dependencies, when only /health fails', async () => {
    const result = firstValueFrom(api.check());
    httpMock.expectOne(HEALTH_URL).error(new ProgressEvent('error'));
    httpMock.expectOne(READY_URL).flush(ALL_UP);

    expect(await result).toMatchObject({
      kind: 'report',
      overall: 'ok',
      components: [{ name: 'api', state: 'down', latencyMs: null }, { name: 'database' }, {}],
    });
  });

  it('reports a 200 body without `details` as unexpected', async () => {
    const result = await check((request) =>
      request.flush({ status: 'ok', info: ALL_UP.info, error: {} }),
    );

    expect(result).toMatchObject({ kind: 'unexpected', httpStatus: 200 });
  });

  it('reports a 200 response without a valid report as unexpected', async () => {
    const result = await check((request) => request.flush('<!doctype html><html></html>'));

    expect(result).toMatchObject({ kind: 'unexpected', httpStatus: 200 });
  });

  it('reports a 503 without a valid report as unexpected', async () => {
    const result = await check((request) =>
      request.flush({ status: 'error', error: DATABASE_DOWN.error }, SERVICE_UNAVAILABLE),
    );

    expect(result).toMatchObject({ kind: 'unexpected', httpStatus: 503 });
  });

  it('reports a 503 with a non-JSON body as unexpected', async () => {
    const result = await check((request) =>
      request.flush('Service Unavailable', SERVICE_UNAVAILABLE),
    );

    expect(result).toMatchObject({ kind: 'unexpected', httpStatus: 503 });
  });

  it('reports a gateway timeout as unreachable', async () => {
    const result = await check((request) =>
      request.flush('', { status: 504, statusText: 'Gateway Timeout' }),
    );

    expect(result.kind).toBe('unreachable');
  });
});
