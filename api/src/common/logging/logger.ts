import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { AppConfig } from '../../config';
import { routeTemplate } from '../http/route-template';
import { scrubText, scrubUrl } from './scrub';

/** Paths pino blanks wherever they appear, in case a caller logs a whole object. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  ...[
    'password',
    'newPassword',
    'token',
    'accessToken',
    'refreshToken',
    'apiKey',
    'secret',
    'email',
    'customerEmail',
    'phone',
  ].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

/** Errors keep their type and stack, minus any credential or address in their text. */
function serializeError(err: Error): Record<string, unknown> {
  const out = pino.stdSerializers.err(err) as unknown as Record<string, unknown>;
  for (const key of ['message', 'stack']) {
    if (typeof out[key] === 'string') out[key] = scrubText(out[key]);
  }
  return out;
}

function scrubArgs(args: unknown[]): unknown[] {
  return args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg));
}

/** The one pino logger of the process: JSON, redacted, pretty only on a developer's terminal. */
export function createRootLogger(config: AppConfig, destination?: DestinationStream): Logger {
  const pretty = !destination && config.env === 'development' && process.stdout.isTTY;
  const options: pino.LoggerOptions = {
    level: config.log.level,
    base: { service: 'mdf-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError },
    hooks: {
      logMethod(args, method) {
        method.apply(this, scrubArgs(args) as Parameters<typeof method>);
      },
    },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { singleLine: true, colorize: true } } }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}

const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);

/** One access-log line per request: method, route, status, duration, request id. */
export function createHttpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (req) => req.id,
    quietReqLogger: true,
    autoLogging: {
      ignore: (req) => req.method === 'GET' && QUIET_PATHS.has((req.url ?? '').split('?')[0] ?? ''),
    },
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    customSuccessMessage: (req, res) => `${req.method} ${route(req, res)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${route(req, res)} ${res.statusCode}`,
    customSuccessObject: (req, res, value: Record<string, unknown>) => ({
      ...value,
      route: route(req, res),
    }),
    customErrorObject: (req, res, _err, value: Record<string, unknown>) => ({
      ...value,
      route: route(req, res),
    }),
    serializers: {
      req: (req: {
        id: unknown;
        method: string;
        url: string;
        headers: Record<string, unknown>;
      }) => ({
        id: req.id,
        method: req.method,
        url: scrubUrl(req.url),
        userAgent: req.headers['user-agent'],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: serializeError,
    },
  });
}

function route(req: IncomingMessage, res: ServerResponse): string {
  return routeTemplate(req as Request, res.statusCode);
}
