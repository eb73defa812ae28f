const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const API_KEY = /\bsk_(live|test)_[A-Za-z0-9_-]+/g;
const PASSWORD_PAIR = /((?:password|passwd|pwd|secret|token)\s*[=:]\s*)[^\s&,;]+/gi;

/** Removes personal data and credentials from free text before it is logged. */
export function scrubText(text: string): string {
  return text
    .replace(JWT, '[token]')
    .replace(BEARER, '$1 [redacted]')
    .replace(API_KEY, '[api-key]')
    .replace(PASSWORD_PAIR, '$1[redacted]')
    .replace(EMAIL, '[email]');
}

const LONG_OPAQUE_SEGMENT = /^[A-Za-z0-9._~-]{32,}$/;

/**
 * A URL fit for logs: long opaque path segments (signed links, tokens) masked,
 * query values dropped, keys kept.
 */
export function scrubUrl(url: string): string {
  const [path = '', query] = url.split('?', 2);
  const safePath = path
    .split('/')
    .map((segment) => (LONG_OPAQUE_SEGMENT.test(segment) ? '[redacted]' : scrubSegment(segment)))
    .join('/');
  if (query === undefined) return safePath;
  const keys = query
    .split('&')
    .filter(Boolean)
    .map((pair) => `${encodeURIComponent(decodeSafe(pair.split('=')[0] ?? ''))}=…`);
  return `${safePath}?${keys.join('&')}`;
}

/** Percent-encoded personal data (`jean%40example.fr`) is found once decoded. */
function scrubSegment(segment: string): string {
  const decoded = decodeSafe(segment);
  const scrubbed = scrubText(decoded);
  return scrubbed === decoded ? scrubText(segment) : scrubbed;
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
