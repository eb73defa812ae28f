import fc from 'fast-check';
import { allowedOriginProblem, isOriginAllowed } from './origin';

describe('allowedOriginProblem', () => {
  it.each([
    'https://shop.example.com',
    'https://www.meuble-de-france.fr',
    'https://shop.example.com:8443',
    'https://xn--bcher-kva.de',
    'https://203.0.113.7',
    'https://[2001:db8::1]',
    'http://localhost',
    'http://localhost:4200',
    'http://127.0.0.1:3000',
  ])('accepts %s', (origin) => {
    expect(allowedOriginProblem(origin)).toBeUndefined();
  });

  it.each([
    ['', 'non-empty'],
    ['shop.example.com', 'origin such as'],
    ['https://*.example.com', 'wildcard'],
    ['*', 'wildcard'],
    ['https://shop.example.com/', 'bare origin'],
    ['https://shop.example.com/widget', 'bare origin'],
    ['https://shop.example.com?x=1', 'bare origin'],
    ['https://shop.example.com#top', 'bare origin'],
    ['https://user:pw@shop.example.com', 'bare origin'],
    ['https://Shop.Example.com', 'bare origin'],
    ['HTTPS://shop.example.com', 'bare origin'],
    ['https://shop.example.com:443', 'bare origin'],
    ['https://bücher.de', 'bare origin'],
    [' https://shop.example.com', 'bare origin'],
    ['http://shop.example.com', 'http only for localhost'],
    ['http://127.0.0.1.nip.io', 'http only for localhost'],
    ['http://[::1]', 'http only for localhost'],
    ['ftp://shop.example.com', 'https'],
    ['file:///etc/passwd', 'https'],
    ['javascript:alert(1)', 'https'],
    ['null', 'origin such as'],
    ['https://sh_op.example.com', 'host name'],
    ['https://-shop.example.com', 'host name'],
    ['https://shop..example.com', 'host name'],
    ['https://shop.example.com.', 'host name'],
    [`https://${'a'.repeat(250)}.com`, 'at most 255'],
  ])('refuses %j (%s)', (origin, reason) => {
    expect(allowedOriginProblem(origin)).toContain(reason);
  });

  it.each([undefined, null, 42, {}, ['https://shop.example.com']])(
    'refuses non-strings: %j',
    (v) => {
      expect(allowedOriginProblem(v)).toBe('must be a non-empty string');
    },
  );

  it('never crashes, and whatever it accepts is exactly a browser origin', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.webUrl().map((u) => new URL(u).origin),
        ),
        (s) => {
          const problem = allowedOriginProblem(s);
          if (problem === undefined) {
            expect(new URL(s).origin).toBe(s);
            expect(s).not.toContain('*');
          }
        },
      ),
    );
  });
});

describe('isOriginAllowed', () => {
  const allowed = ['https://shop.example.com', 'http://localhost:4200'];

  it.each([
    ['https://shop.example.com', true],
    ['http://localhost:4200', true],
    ['', false],
    ['null', false],
    ['https://shop.example.com/', false],
    ['https://SHOP.example.com', false],
    ['http://shop.example.com', false],
    ['https://shop.example.com.evil.test', false],
    ['https://evil.test', false],
    ['http://localhost:4201', false],
  ])('%j → %s', (origin, expected) => {
    expect(isOriginAllowed(origin, allowed)).toBe(expected);
  });
});
