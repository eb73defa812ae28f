import type { Request, Response } from 'express';

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, as every error leaves the API. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_BASE = '/problems/';

/** A problem type URI, documented in docs/API.md. */
export function problemType(slug: string): string {
  return `${PROBLEM_BASE}${slug}`;
}

const STATUS_SLUGS: Record<number, [slug: string, title: string]> = {
  400: ['bad-request', 'Bad Request'],
  401: ['unauthorized', 'Unauthorized'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not Found'],
  405: ['method-not-allowed', 'Method Not Allowed'],
  406: ['not-acceptable', 'Not Acceptable'],
  408: ['request-timeout', 'Request Timeout'],
  409: ['conflict', 'Conflict'],
  410: ['gone', 'Gone'],
  413: ['payload-too-large', 'Payload Too Large'],
  415: ['unsupported-media-type', 'Unsupported Media Type'],
  422: ['unprocessable-content', 'Unprocessable Content'],
  429: ['too-many-requests', 'Too Many Requests'],
  431: ['request-header-fields-too-large', 'Request Header Fields Too Large'],
  500: ['internal-error', 'Internal Server Error'],
  502: ['bad-gateway', 'Bad Gateway'],
  503: ['service-unavailable', 'Service Unavailable'],
  504: ['gateway-timeout', 'Gateway Timeout'],
};

/** Type and title for a bare HTTP status. */
export function statusProblem(status: number): Pick<ProblemDetails, 'type' | 'title' | 'status'> {
  const known = STATUS_SLUGS[status];
  if (known) return { type: problemType(known[0]), title: known[1], status };
  return {
    type: problemType(status >= 500 ? 'internal-error' : 'bad-request'),
    title: status >= 500 ? 'Internal Server Error' : 'Bad Request',
    status,
  };
}

/** Writes a problem to the response; used by the exception filter and by raw middleware. */
export function sendProblem(req: Request, res: Response, problem: ProblemDetails): void {
  const requestId = typeof req.id === 'string' ? req.id : undefined;
  const body: ProblemDetails = {
    ...problem,
    instance: problem.instance ?? req.originalUrl.split('?')[0],
    ...(requestId ? { requestId } : {}),
  };
  if (res.headersSent) {
    res.end();
    return;
  }
  // A problem is about this one request: never kept by a browser or a proxy, even when the
  // route's success is cacheable.
  res.setHeader('Cache-Control', 'no-store');
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}
