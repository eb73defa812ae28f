import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { isConnectionFailure } from './connection-failure';
import { DependencyUnavailableError, DomainError, InvalidInputError } from './domain-error';
import { type ProblemDetails, problemType, sendProblem, statusProblem } from './problem';

/** Maps every error to application/problem+json; internals never reach the client. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const problem = this.toProblem(exception);
    if (problem.status >= 500) {
      this.logger.error(
        { err: exception, requestId: req.id },
        exception instanceof Error ? exception.message : 'Unhandled error',
      );
    }
    if (exception instanceof DomainError && !res.headersSent) {
      for (const [name, value] of Object.entries(exception.headers)) res.setHeader(name, value);
    }
    sendProblem(req, res, problem);
  }

  toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof InvalidInputError) {
      return {
        type: problemType(exception.slug),
        title: exception.title,
        status: exception.status,
        detail: exception.message,
        errors: exception.errors,
      };
    }
    if (exception instanceof DomainError) {
      return {
        ...exception.extensions,
        type: problemType(exception.slug),
        title: exception.title,
        status: exception.status,
        detail: exception.message,
      };
    }
    if (isConnectionFailure(exception)) {
      return this.toProblem(
        new DependencyUnavailableError(
          'A service this request needs is not answering. Retry in a moment.',
        ),
      );
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const base = statusProblem(status);
      return { ...base, detail: status >= 500 ? undefined : this.httpDetail(exception) };
    }
    return { ...statusProblem(500), detail: 'An unexpected error occurred.' };
  }

  private httpDetail(exception: HttpException): string {
    const response = exception.getResponse();
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.join('; ');
    return exception.message;
  }
}
