import { scrubText, scrubUrl } from './scrub';

describe('scrubText', () => {
  it.each([
    ['client jeanne.dupont@example.fr wrote', 'client [email] wrote'],
    ['Authorization: Bearer abc.def-ghi', 'Authorization: Bearer [redacted]'],
    ['basic auth Basic dXNlcjpwYXNz', 'basic auth Basic [redacted]'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig_nature', 'token [token]'],
    ['key sk_live_0123456789abcdef used', 'key [api-key] used'],
    ['password=hunter2&x=1', 'password=[redacted]&x=1'],
    ['secret: s3cr3t, next', 'secret: [redacted], next'],
    ['nothing personal here', 'nothing personal here'],
  ])('%s', (input, expected) => {
    expect(scrubText(input)).toBe(expected);
  });
});

describe('scrubUrl', () => {
  it('keeps short path segments and drops query values', () => {
    expect(scrubUrl('/api/v1/products?q=canap%C3%A9&maxPrice=1500')).toBe(
      '/api/v1/products?q=…&maxPrice=…',
    );
  });

  it('masks long opaque segments such as signed links', () => {
    expect(scrubUrl(`/api/v1/claims/confirm/${'a'.repeat(40)}`)).toBe(
      '/api/v1/claims/confirm/[redacted]',
    );
  });

  it('masks an email in the path', () => {
    expect(scrubUrl('/api/v1/privacy/customers/jean@example.fr/export')).toBe(
      '/api/v1/privacy/customers/[email]/export',
    );
  });

  it('masks a percent-encoded email in the path', () => {
    expect(scrubUrl('/api/v1/privacy/customers/Jean.Dupont%40example.fr/export')).toBe(
      '/api/v1/privacy/customers/[email]/export',
    );
  });

  it('survives malformed escapes', () => {
    expect(scrubUrl('/x?%E0%A4%A=1')).toBe('/x?%25E0%25A4%25A=…');
  });
});
