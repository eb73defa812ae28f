import { QueryRunnerAlreadyReleasedError } from 'typeorm';

/** Socket errors of a dependency that is down or went away (database restarted, host gone). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
/** PostgreSQL: the server is shutting down, starting up, or in crash recovery. */
const SERVER_GOING_AWAY = new Set(['57P01', '57P02', '57P03']);
/** What the pg driver says when the connection drops or the pool cannot get one. */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection is closed',
  'Client was closed and is not queryable',
];

/**
 * True when `err` (or what it wraps: TypeORM's `driverError`, an error's `cause`) says a
 * dependency could not be reached, rather than that the request or the code is wrong.
 * The answer is then a 503 the client may retry, not an internal error.
 */
export function isConnectionFailure(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  // TypeORM releases a transaction's query runner when its connection dies; the transaction's
  // next statement (or its COMMIT) then fails with this instead of the socket error.
  if (err instanceof QueryRunnerAlreadyReleasedError) return true;
  const { code, message, driverError, cause } = err as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string') {
    if (SOCKET_CODES.has(code) || SERVER_GOING_AWAY.has(code)) return true;
    // SQLSTATE class 08: connection exception.
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  if (typeof message === 'string' && DRIVER_MESSAGES.some((m) => message.startsWith(m))) {
    return true;
  }
  return isConnectionFailure(driverError, depth + 1) || isConnectionFailure(cause, depth + 1);
}
