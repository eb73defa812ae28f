import { ERASED_TEXT, erasedAddress, erasedPostcode, ERASURE_KINDS, noErasure } from './erasure';

describe('erasure helpers', () => {
  it('starts every kind at zero', () => {
    const counts = noErasure();
    expect(Object.keys(counts)).toEqual([...ERASURE_KINDS]);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('replaces an address with one under the reserved .invalid domain', () => {
    const address = erasedAddress('3f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b');
    expect(address).toBe('erased-3f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b@erased.invalid');
    expect(address.length).toBeLessThanOrEqual(254);
  });

  it('replaces a postcode with a random value that fits the column (16 characters)', () => {
    const postcode = erasedPostcode('0123456789abcdef0123');
    expect(postcode).toBe('#0123456789abcde');
    expect(postcode.length).toBeLessThanOrEqual(16);
  });

  it('marks erased text in words an agent understands', () => {
    expect(ERASED_TEXT).toMatch(/effacé/);
  });
});
