import { join, normalize, relative, sep } from 'node:path';
import fc from 'fast-check';
import { HOSTILE_KEYS } from '../../../test/support/file-storage-contract';
import { assertStorageKey, InvalidStorageKeyError } from './storage-key';

describe('assertStorageKey', () => {
  it.each(['a', 'claims/2026/0f3a-photo', '9/8/7', '-', `${'a'.repeat(200)}`])(
    'accepts %s',
    (key) => {
      expect(() => assertStorageKey(key)).not.toThrow();
    },
  );

  it.each(HOSTILE_KEYS.map((key) => [JSON.stringify(key).slice(0, 40), key]))(
    'refuses %s',
    (_label, key) => {
      expect(() => assertStorageKey(key)).toThrow(InvalidStorageKeyError);
    },
  );

  it('refuses a value that is not a string', () => {
    expect(() => assertStorageKey(undefined as unknown as string)).toThrow(InvalidStorageKeyError);
  });

  it('never lets an accepted key resolve outside the root, nor to another name', () => {
    const root = join(sep, 'srv', 'uploads');
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '0', '-', '/', '.', '\\', 'é', '\0') }),
        (key) => {
          try {
            assertStorageKey(key);
          } catch (err) {
            expect(err).toBeInstanceOf(InvalidStorageKeyError);
            return;
          }
          const path = normalize(join(root, key));
          expect(relative(root, path).split(sep).join('/')).toBe(key);
        },
      ),
    );
  });
});
