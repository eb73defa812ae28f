import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json, urlencoded } from 'express';
import { problemType, sendProblem, statusProblem } from '../problem/problem';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  statusCode?: number;
}

/** Deeper than any request DTO; the transformer and validators recurse once per level. */
export const MAX_BODY_DEPTH = 32;

/** Whether objects and arrays nest deeper than `max` (walked without recursion). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  // Only objects and arrays are stacked: a flat body costs one pass over its values.
  const stack: [object, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [object, number];
    if (depth >= max) return true;
    for (const key of Object.keys(current)) {
      const child: unknown = (current as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * Body parsers whose failures answer problem+json themselves: they run before
 * Nest's router, where the exception filter cannot see them. A body nested
 * deeper than MAX_BODY_DEPTH is refused here: thousands of levels would
 * overflow the stack of the recursive transformer (a 500).
 */
export function bodyParsers(limit: string): RequestHandler[] {
  // Only JSON nests: a form body (extended: false) is strings and lists of strings, one level.
  const parsers: [RequestHandler, boolean][] = [
    [json({ limit }), true],
    [urlencoded({ limit, extended: false }), false],
  ];
  return parsers.map(
    ([parser, nests]) =>
      (req: Request, res: Response, next: NextFunction) =>
        parser(req, res, (err?: unknown) => {
          if (!err && nests && nestedDeeperThan(req.body, MAX_BODY_DEPTH)) {
            return sendProblem(req, res, {
              ...statusProblem(400),
              detail: `The body is nested deeper than ${MAX_BODY_DEPTH} levels.`,
            });
          }
          if (!err) return next();
          const e = err as BodyParserError;
          const status = e.status ?? e.statusCode ?? 400;
          if (status === 413 || e.type === 'entity.too.large') {
            return sendProblem(req, res, {
              ...statusProblem(413),
              detail: `The request body is larger than the ${limit} limit.`,
            });
          }
          if (e.type === 'entity.parse.failed') {
            return sendProblem(req, res, {
              type: problemType('malformed-body'),
              title: 'Malformed request body',
              status: 400,
              detail: 'The body is not valid JSON.',
            });
          }
          if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
            return sendProblem(req, res, {
              ...statusProblem(415),
              detail: 'The body encoding or charset is not supported.',
            });
          }
          return sendProblem(req, res, {
            ...statusProblem(status >= 400 && status < 500 ? status : 400),
            detail: 'The request body could not be read.',
          });
        }),
  );
}
