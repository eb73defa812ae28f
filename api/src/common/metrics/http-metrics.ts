import type { NextFunction, Request, Response } from 'express';
import type { Histogram } from 'prom-client';
import { routeTemplate } from '../http/route-template';

export const HTTP_DURATION_METRIC = 'http_request_duration_seconds';

/** Times every request, including those refused before reaching a controller. */
export function httpMetricsMiddleware(histogram: Histogram<string>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const stop = histogram.startTimer();
    res.once('finish', () => {
      stop({
        method: req.method,
        route: routeTemplate(req, res.statusCode),
        status_code: String(res.statusCode),
      });
    });
    next();
  };
}
