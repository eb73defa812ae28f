/**
 * Web origins a widget site may be embedded on. An allowed origin is written
 * exactly as a browser sends the `Origin` header (scheme, host, optional port),
 * so checking a request is a plain string comparison.
 */

export const MAX_ALLOWED_ORIGINS = 20;
/** chat_session.origin is varchar(255). */
export const MAX_ORIGIN_LENGTH = 255;

/** Plain http is only acceptable on a developer's own machine. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * Why `value` is not acceptable as an allowed origin, or undefined when it is.
 * The reason completes a sentence starting with the field name.
 */
export function allowedOriginProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0) return 'must be a non-empty string';
  if (value.length > MAX_ORIGIN_LENGTH) {
    return `must be at most ${MAX_ORIGIN_LENGTH} characters`;
  }
  if (value.includes('*')) return 'must not contain a wildcard';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an origin such as https://shop.example.com';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must use https (or http)';
  if (url.origin !== value) {
    return 'must be a bare origin as browsers send it: lower-case scheme and host, optional non-default port, no path, trailing slash, query, fragment or credentials';
  }
  if (!HOSTNAME.test(url.hostname) && !IPV6.test(url.hostname)) {
    return 'must have a valid host name';
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return 'must use https (http only for localhost or 127.0.0.1)';
  }
  return undefined;
}

export function isAcceptableAllowedOrigin(value: unknown): value is string {
  return allowedOriginProblem(value) === undefined;
}

/**
 * Whether a request's `Origin` header may open a chat on a site with these
 * allowed origins. No normalisation: browsers send the canonical form, and
 * anything else (`null`, odd casing, a trailing slash) is refused.
 */
export function isOriginAllowed(origin: string, allowed: readonly string[]): boolean {
  return origin.length > 0 && allowed.includes(origin);
}
