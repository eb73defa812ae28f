import { type IncomingMessage, type ServerResponse, STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, statusProblem } from '../problem/problem';

/** What Node's HTTP parser reports for a request it cannot read. */
type ParserError = Error & { code?: string };

/** The status Node itself would answer (see `Server` 'clientError'), with a problem's detail. */
function problemFor(err: ParserError): [status: number, detail: string] {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'The request line or headers are too large.'];
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return [413, 'The chunk extensions are too large.'];
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'The request was not received in time.'];
    default:
      return [400, 'The request is not valid HTTP.'];
  }
}

/**
 * Requests that Node's HTTP parser refuses (headers or URL over the limit,
 * CR/LF or NUL in a header, unknown methods) never reach Express: answer them
 * as problem+json too, instead of Node's bare status line.
 */
export function answerParserErrorsAsProblems(server: Server): void {
  server.on('clientError', (err: ParserError, socket: Duplex) => {
    const pending = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, detail] = problemFor(err);
    const body = JSON.stringify({ ...statusProblem(status), detail });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
}

type RequestListener = (
  req: IncomingMessage,
  res: ServerResponse,
  done?: (err?: unknown) => void,
) => void;

/**
 * What no route, middleware or exception filter answered (a path outside the
 * API prefix when the console is not served, `OPTIONS *`, an error thrown
 * there) would get Express's HTML page: answer it as a problem instead.
 */
export function answerUnhandledAsProblems(server: Server): void {
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    for (const listener of listeners) {
      listener.call(server, req, res, (err?: unknown) => unhandled(req, res, err));
    }
  });
}

const logger = new Logger('Http');

function unhandled(req: IncomingMessage, res: ServerResponse, err: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const declared = (err as { status?: unknown; statusCode?: unknown } | undefined) ?? {};
  const candidate = Number(declared.status ?? declared.statusCode);
  const status = !err ? 404 : candidate >= 400 && candidate < 600 ? candidate : 500;
  const requestId = (req as IncomingMessage & { id?: unknown }).id;
  if (status >= 500) {
    // Kept for whoever looks the request id up; the client only learns it failed.
    logger.error(
      {
        requestId,
        err: { name: (err as Error)?.name, message: (err as Error)?.message },
      },
      'Unhandled error outside the routes',
    );
  }
  const body = JSON.stringify({
    ...statusProblem(status),
    detail:
      status === 404 ? 'No such route.' : status < 500 ? 'The request is not valid.' : undefined,
    instance: (req.url ?? '').split('?')[0],
    ...(typeof requestId === 'string' ? { requestId } : {}),
  });
  res.statusCode = status;
  res.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}
