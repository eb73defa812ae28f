import { resolveRequestId } from './request-id';

describe('resolveRequestId', () => {
  it.each(['abc', 'A-Z.0_9', 'x'.repeat(128), '2b1f7c7e-3f0b-4a43-9d7a-1f3a3c1f4d2e'])(
    'keeps the sane id %s',
    (id) => expect(resolveRequestId(id)).toBe(id),
  );

  it.each([undefined, '', 'x'.repeat(129), 'a b', 'a\nb', 'é', '<script>', 'a;b', '../etc'])(
    'replaces %p with a fresh UUID',
    (id) =>
      expect(resolveRequestId(id)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
  );

  it('takes the first of repeated headers', () => {
    expect(resolveRequestId(['first', 'second'])).toBe('first');
  });
});
