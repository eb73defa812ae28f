import { BoundedMemo } from './bounded-memo';

describe('BoundedMemo', () => {
  it('gives back what it remembered', () => {
    const memo = new BoundedMemo<string, number>(3);
    expect(memo.get('a')).toBeUndefined();
    expect(memo.remember('a', 1)).toBe(1);
    expect(memo.get('a')).toBe(1);
  });

  it('never holds more than its limit: full, it starts again from empty', () => {
    const memo = new BoundedMemo<string, number>(3);
    for (const [i, key] of ['a', 'b', 'c'].entries()) memo.remember(key, i);
    expect(memo.size).toBe(3);
    memo.remember('d', 3);
    expect(memo.size).toBe(1);
    expect(memo.get('a')).toBeUndefined();
    expect(memo.get('d')).toBe(3);
  });
});
