import { trimString } from './trim-string';

describe('trimString', () => {
  it('trims strings and leaves other values for validation', () => {
    expect(trimString({ value: '  Léa Roux \n' })).toBe('Léa Roux');
    expect(trimString({ value: 42 })).toBe(42);
    expect(trimString({ value: null })).toBeNull();
  });
});
