import type { Request } from 'express';

/**
 * The matched route's pattern (`/api/v1/products/:sku`), never the raw path, to
 * bound label cardinality. Wildcard routes only serve the console's files.
 */
export function routeTemplate(req: Request, statusCode?: number): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path !== 'string') return 'unmatched';
  if (path.includes('*')) return statusCode === 404 ? 'unmatched' : 'static';
  return `${req.baseUrl ?? ''}${path}` || '/';
}
