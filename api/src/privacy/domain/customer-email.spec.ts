import fc from 'fast-check';
import { mentionsAddress, normaliseEmail } from './customer-email';

describe('normaliseEmail', () => {
  it.each([
    ['Jeanne.Dupont@Example.FR', 'jeanne.dupont@example.fr'],
    ['  jeanne@example.fr\n', 'jeanne@example.fr'],
    ['jeanne+sav@example.fr', 'jeanne+sav@example.fr'],
  ])('reads %j as %j', (raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const once = normaliseEmail(raw);
        expect(normaliseEmail(once)).toBe(once);
      }),
    );
  });
});

describe('mentionsAddress: the whole address, whatever its case, inside free text', () => {
  const email = 'jean@example.fr';

  it.each([
    'jean@example.fr',
    'Mon e-mail : Jean@Example.FR.',
    'CMD-2026-011338 jean@example.fr',
    '<jean@example.fr>',
    'écrivez à jean@example.fr, merci',
    '(jean@example.fr)',
    'jean@example.fr\nmerci',
  ])('finds it in %j', (text) => {
    expect(mentionsAddress(text, email)).toBe(true);
  });

  it.each([
    'marie-jean@example.fr',
    'xjean@example.fr',
    'jean.paul.jean@example.fr'.replace('jean@', 'jeanne@'),
    'jean@example.fr.example.com',
    'jean@example.fra',
    'jean@example.f',
    '',
  ])('does not take %j for it', (text) => {
    expect(mentionsAddress(text, email)).toBe(false);
  });

  it('finds a later whole mention after a longer address holding it', () => {
    expect(mentionsAddress('marie-jean@example.fr ou jean@example.fr', email)).toBe(true);
  });

  it('never matches an empty address and never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, address) => {
        const found = mentionsAddress(text, normaliseEmail(address));
        if (normaliseEmail(address) === '') expect(found).toBe(false);
        else if (found) expect(text.toLowerCase()).toContain(normaliseEmail(address));
      }),
    );
  });
});
