import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { json, urlencoded } from 'express';
import { problemType, sendProblem, statusProblem } from '../problem/problem';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  statusCode?: number;
}

/**
 * Body parsers whose failures answer problem+json themselves: they run before
 * Nest's router, where the exception filter cannot see them.
 */
export function bodyParsers(limit: string): RequestHandler[] {
  return [json({ limit }), urlencoded({ limit, extended: false })].map(
    (parser) => (req: Request, res: Response, next: NextFunction) =>
      parser(req, res, (err?: unknown) => {
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
