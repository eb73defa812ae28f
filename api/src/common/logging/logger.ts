import { EventEmitter } from 'node:events';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../../config';
import { scrubText } from './scrub';

/**
 * Keys whose value never reaches a log line, at any depth of a logged object (compared
 * lower-cased: header names and camelCase fields alike).
 */
const SENSITIVE_KEYS = new Set(
  [
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
    'authorization',
    'cookie',
    'set-cookie',
    'x-api-key',
  ].map((key) => key.toLowerCase()),
);
const REDACTED = '[redacted]';
const MAX_DEPTH = 8;

/**
 * Objects logged as their own fields: plain objects and data classes (a DTO, an entity).
 * Errors, requests, streams and other objects with a serialisation of their own are left to
 * their serialisers.
 */
function isRecord(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype === Object.prototype || prototype === null) return true;
  return !(
    value instanceof Error ||
    value instanceof EventEmitter ||
    value instanceof Date ||
    value instanceof RegExp ||
    value instanceof Map ||
    value instanceof Set ||
    value instanceof Promise ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}

/**
 * `value` with every sensitive key blanked, in records (see `isRecord`) and arrays at any
 * depth. It is copied only where something is blanked: the caller's object is never changed,
 * and an object without a sensitive key is logged as it is.
 */
export function redactSensitive(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, i) => {
      const redacted = redactSensitive(item, depth + 1);
      if (redacted !== item) (copy ??= [...(value as unknown[])])[i] = redacted;
    });
    return copy ?? value;
  }
  if (!isRecord(value)) return value;
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const redacted =
      item !== undefined && SENSITIVE_KEYS.has(key.toLowerCase())
        ? REDACTED
        : redactSensitive(item, depth + 1);
    if (redacted !== item) (copy ??= { ...record })[key] = redacted;
  }
  return copy ?? value;
}

/** PostgreSQL's `Key (email)=(jeanne@example.fr) already exists.`: the values go. */
const KEY_VALUES = /\)=\(.*\)/s;

/**
 * A serialised error made fit for logs: the statement's bound values (a customer's message,
 * an address) dropped, the constraint detail's values masked, credentials and addresses
 * scrubbed from every text, nested errors (TypeORM's `driverError`, `cause`) alike.
 */
function scrubSerializedError(value: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'parameters' && Array.isArray(item)) {
      out[key] = `[${item.length} values redacted]`;
    } else if (SENSITIVE_KEYS.has(key.toLowerCase()) && item !== undefined) {
      out[key] = REDACTED;
    } else if (typeof item === 'string') {
      out[key] = scrubText(key === 'detail' ? item.replace(KEY_VALUES, ')=(…)') : item);
    } else if (item && typeof item === 'object' && !Array.isArray(item) && depth < MAX_DEPTH) {
      out[key] =
        'message' in item || 'stack' in item
          ? scrubSerializedError(item, depth + 1)
          : redactSensitive(item, depth + 1);
    } else {
      out[key] = redactSensitive(item, depth + 1);
    }
  }
  return out;
}

/** Errors keep their type and stack, minus any credential, address or bound value. */
function serializeError(err: Error): Record<string, unknown> {
  return scrubSerializedError(pino.stdSerializers.err(err));
}

/** Text arguments are scrubbed; the merging object (first argument) has its sensitive keys blanked. */
function scrubArgs(args: unknown[]): unknown[] {
  return args.map((arg, i) =>
    typeof arg === 'string' ? scrubText(arg) : i === 0 ? redactSensitive(arg) : arg,
  );
}

/** The one pino logger of the process: JSON, redacted, pretty only on a developer's terminal. */
export function createRootLogger(config: AppConfig, destination?: DestinationStream): Logger {
  const pretty = !destination && config.env === 'development' && process.stdout.isTTY;
  const options: pino.LoggerOptions = {
    level: config.log.level,
    base: { service: 'mdf-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
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
