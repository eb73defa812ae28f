import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Decimal places of a finite number, exponent notation included (5e-324 has 324). */
export function decimalPlaces(value: number): number {
  if (Number.isInteger(value)) return 0;
  const [mantissa, exponent = '0'] = value.toString().toLowerCase().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * A finite number with at most `places` decimals. Replaces class-validator's
 * `IsNumber({ maxDecimalPlaces })`, which throws on numbers it prints in
 * exponent notation (1e-7) and so turned a bad amount into a 500.
 */
export function IsDecimalNumber(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimalNumber',
      constraints: [places],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= places,
        defaultMessage: () => `$property must be a number with at most ${places} decimal places`,
      },
    },
    options,
  );
}
