import { InvalidInputError } from './domain-error';
import { StorableTextPipe, unstorableTextPaths } from './storable-text.pipe';

describe('unstorableTextPaths', () => {
  it('finds NUL characters and unpaired surrogates, in values and keys, at any depth', () => {
    expect(
      unstorableTextPaths({
        description: 'pied\u0000cassé',
        customer: { email: 'a\uD800@example.fr', name: 'Claire' },
        lines: [{ sku: 'ok' }, { sku: '\uDFFF' }],
        '\u0000key': 1,
      }).sort(),
    ).toEqual(['\u0000key', 'customer.email', 'description', 'lines.1.sku']);
  });

  it('keeps well-formed text: emoji, joiners, bidi marks, combining marks', () => {
    expect(unstorableTextPaths({ text: '👨‍👩‍👧 \u202Eabc e\u0301 \uFEFF' })).toEqual([]);
    expect(unstorableTextPaths('plain')).toEqual([]);
    expect(unstorableTextPaths(null)).toEqual([]);
  });

  it('walks a body nested 10,000 deep without overflowing the stack', () => {
    let body: unknown = 'a\u0000';
    for (let i = 0; i < 10_000; i++) body = { a: body };
    const [path] = unstorableTextPaths(body);
    expect(path.split('.')).toHaveLength(10_000);
  });
});

describe('StorableTextPipe', () => {
  const pipe = new StorableTextPipe();

  it('refuses a body with unstorable text as invalid input naming the field', () => {
    expect(() => pipe.transform({ text: 'a\u0000b' }, { type: 'body' })).toThrow(
      new InvalidInputError('The request holds text that cannot be stored.', [
        { field: 'text', message: 'text holds a NUL character or an unpaired surrogate' },
      ]),
    );
  });

  it('names a route parameter by its name', () => {
    try {
      pipe.transform('SAV\u0000', { type: 'param', data: 'reference' });
      throw new Error('not refused');
    } catch (err) {
      expect((err as InvalidInputError).errors).toEqual([
        { field: 'reference', message: 'reference holds a NUL character or an unpaired surrogate' },
      ]);
    }
  });

  it('passes everything else through unchanged', () => {
    const body = { text: 'Canapé 🛋️' };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
    expect(pipe.transform('x\u0000', { type: 'custom' })).toBe('x\u0000');
  });
});
