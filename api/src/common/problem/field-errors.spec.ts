import type { ValidationError } from 'class-validator';
import { toFieldErrors } from './field-errors';

describe('toFieldErrors', () => {
  it('flattens nested errors into dotted fields', () => {
    const errors: ValidationError[] = [
      {
        property: 'name',
        constraints: { isString: 'name must be a string', length: 'name is too short' },
        children: [],
      },
      {
        property: 'lines',
        children: [
          {
            property: '0',
            children: [
              { property: 'sku', constraints: { matches: 'sku is invalid' }, children: [] },
            ],
          },
        ],
      },
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'name', message: 'name must be a string' },
      { field: 'name', message: 'name is too short' },
      { field: 'lines.0.sku', message: 'sku is invalid' },
    ]);
  });
});
