import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Service, inject } from '@angular/core';
import { type Observable, catchError, defer, forkJoin, map, of } from 'rxjs';

/** Same-origin endpoints: the API serves the built console at `/`. */
export const HEALTH_URL = '/health';
export const READY_URL = '/ready';
export const REQUEST_TIMEOUT_MS = 10_000;

/** Overall readiness of the API instance, as reported by `GET /ready`. */
export const OVERALL_STATUSES = ['ok', 'degraded', 'error', 'shutting_down'] as const;
export type OverallStatus = (typeof OVERALL_STATUSES)[number];

/**
 * One entry of `details` in `GET /ready`. Only `status` is validated; the other fields are read
 * defensively because nothing guarantees their type on the wire.
 */
export interface ReadinessDetail {
  /** `up` | `degraded` | `down` (anything else is shown as unknown). */
  readonly status: string;
  /** How the dependency is provided: database `embedded` | `external`, redis `memory` | `redis`. */
  readonly mode?: unknown;
  readonly latencyMs?: unknown;
  /** Added by @nestjs/terminus to some checks; used when `latencyMs` is missing. */
  readonly responseTime?: unknown;
  /** Explanation of a non-up state. */
  readonly message?: unknown;
}

/**
 * Wire format of `GET /ready` (@nestjs/terminus v12): HTTP 200 for `ok` and `degraded`, 503 for
 * `error` and `shutting_down`. `details` holds every check (`info` and `error` are subsets of it);
 * while shutting down it is empty and `info` / `error` are absent.
 */
export interface ReadinessBody {
  readonly status: OverallStatus;
  readonly info?: unknown;
  readonly error?: unknown;
  readonly details: Readonly<Record<string, ReadinessDetail>>;
}

export type ComponentState = 'up' | 'degraded' | 'down' | 'unknown';

export interface ComponentStatus {
  /** `api` for the API process itself, otherwise the key of the check in `details`. */
  readonly name: string;
  readonly state: ComponentState;
  readonly latencyMs: number | null;
  /** Raw `mode` reported by the API (e.g. `embedded`), `null` when absent. */
  readonly mode: string | null;
  /** Explanation reported by the API, `null` when absent. */
  readonly message: string | null;
}

export type ServiceStatus =
  | {
      readonly kind: 'report';
      readonly checkedAt: Date;
      readonly overall: OverallStatus;
      readonly components: readonly ComponentStatus[];
    }
  | { readonly kind: 'unreachable'; readonly checkedAt: Date }
  | { readonly kind: 'unexpected'; readonly checkedAt: Date; readonly httpStatus: number };

type ReadinessOutcome =
  | { readonly kind: 'report'; readonly body: ReadinessBody }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'unexpected'; readonly httpStatus: number };

/** Statuses meaning "nothing (valid) answered": network failure, timeout, gateway errors. */
const UNREACHABLE_HTTP_STATUSES = new Set([0, 502, 504]);

const KNOWN_OVERALL: ReadonlySet<string> = new Set<string>(OVERALL_STATUSES);
const KNOWN_STATES: ReadonlySet<string> = new Set<ComponentState>(['up', 'degraded', 'down']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether `value` is a usable `/ready` report: a known overall status and a `details` object
 * whose entries all carry a string `status`. Anything else (an HTML error page, a generic Nest
 * error, an unknown overall status) is not a report.
 */
export function isReadinessBody(value: unknown): value is ReadinessBody {
  if (!isRecord(value)) {
    return false;
  }
  const { status, details } = value;
  if (typeof status !== 'string' || !KNOWN_OVERALL.has(status) || !isRecord(details)) {
    return false;
  }
  return Object.values(details).every(
    (detail: unknown) => isRecord(detail) && typeof detail['status'] === 'string',
  );
}

function toComponentState(status: string): ComponentState {
  return KNOWN_STATES.has(status) ? (status as ComponentState) : 'unknown';
}

function toLatency(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function toText(value: unknown): string | null {
  if (typeof value !== 'string') {
    return null;
  }
  const text = value.trim();
  return text === '' ? null : text;
}

function toComponent(name: string, detail: ReadinessDetail): ComponentStatus {
  return {
    name,
    state: toComponentState(detail.status),
    latencyMs: toLatency(detail.latencyMs) ?? toLatency(detail.responseTime),
    mode: toText(detail.mode),
    message: toText(detail.message),
  };
}

/** Queries the API's liveness (`/health`) and readiness (`/ready`) endpoints. */
@Service()
export class ServiceStatusApi {
  private readonly http = inject(HttpClient);

  /** Never errors: failures are reported as `unreachable` / `unexpected` results. */
  check(): Observable<ServiceStatus> {
    return forkJoin([this.probeApi(), this.fetchReadiness()]).pipe(
      map(([api, readiness]): ServiceStatus => {
        const checkedAt = new Date();
        if (readiness.kind !== 'report') {
          return { ...readiness, checkedAt };
        }
        const dependencies = Object.entries(readiness.body.details).map(([name, detail]) =>
          toComponent(name, detail),
        );
        return {
          kind: 'report',
          checkedAt,
          overall: readiness.body.status,
          components: [api, ...dependencies],
        };
      }),
    );
  }

  /** Liveness of the API process, with the round-trip time measured from the browser. */
  private probeApi(): Observable<ComponentStatus> {
    return defer(() => {
      const startedAt = performance.now();
      return this.http.get(HEALTH_URL, { timeout: REQUEST_TIMEOUT_MS }).pipe(
        map((): ComponentStatus => ({
          name: 'api',
          state: 'up',
          latencyMs: performance.now() - startedAt,
          mode: null,
          message: null,
        })),
        catchError(() =>
          of<ComponentStatus>({
            name: 'api',
            state: 'down',
            latencyMs: null,
            mode: null,
            message: null,
          }),
        ),
      );
    });
  }

  private fetchReadiness(): Observable<ReadinessOutcome> {
    return this.http.get<unknown>(READY_URL, { timeout: REQUEST_TIMEOUT_MS }).pipe(
      map((body): ReadinessOutcome =>
        isReadinessBody(body) ? { kind: 'report', body } : { kind: 'unexpected', httpStatus: 200 },
      ),
      catchError((error: unknown) => of(readinessFromError(error))),
    );
  }
}

function readinessFromError(error: unknown): ReadinessOutcome {
  if (!(error instanceof HttpErrorResponse)) {
    return { kind: 'unreachable' };
  }
  // 503 is the API's documented "not ready" answer (`error` or `shutting_down`): its body is
  // still a valid report.
  if (error.status === 503 && isReadinessBody(error.error)) {
    return { kind: 'report', body: error.error };
  }
  if (UNREACHABLE_HTTP_STATUSES.has(error.status)) {
    return { kind: 'unreachable' };
  }
  return { kind: 'unexpected', httpStatus: error.status };
}
