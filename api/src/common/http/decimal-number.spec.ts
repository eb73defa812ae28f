import { validateSync } from 'class-validator';
import { decimalPlaces, IsDecimalNumber } from './decimal-number';

class Price {
  @IsDecimalNumber(2) amount!: unknown;
}

function errorsFor(amount: unknown): string[] {
  const price = Object.assign(new Price(), { amount });
  return validateSync(price).flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('decimalPlaces', () => {
  it.each([
    [12, 0],
    [12.5, 1],
    [0.05, 2],
    [1e21, 0],
    [1e-7, 7],
    [1.25e-7, 9],
    [5e-324, 324],
  ])('counts the decimals of %s as %s', (value, places) => {
    expect(decimalPlaces(value)).toBe(places);
  });
});

describe('IsDecimalNumber', () => {
  it('accepts a finite number within the decimals allowed', () => {
    expect(errorsFor(1299.99)).toEqual([]);
    expect(errorsFor(0)).toEqual([]);
  });

  it.each([[5e-324], [1e-7], [0.001], [Number.NaN], [Infinity], ['12'], [null]])(
    'refuses %s without throwing',
    (amount) => {
      expect(errorsFor(amount)).toEqual(['amount must be a number with at most 2 decimal places']);
    },
  );
});
