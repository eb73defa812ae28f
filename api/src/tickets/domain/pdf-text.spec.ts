import fc from 'fast-check';
import { drawableText, isDrawable } from './pdf-text';

describe('drawableText (standard PDF fonts)', () => {
  it.each([
    ['Canapé cassé — 3 000 €, « vite »', 'Canapé cassé — 3 000 €, « vite »', 0],
    ['Straße, Œuvre, naïve', 'Straße, Œuvre, naïve', 0],
    ['مرحبا', '?????', 5],
    ['OK 👍', 'OK ?', 1],
  ])('%s → %s', (input, expected, replaced) => {
    expect(drawableText(input)).toEqual({ text: expected, replaced });
  });

  it('never leaves a character the fonts cannot draw, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const { text } = drawableText(s);
        expect([...text].every(isDrawable)).toBe(true);
      }),
    );
  });
});
