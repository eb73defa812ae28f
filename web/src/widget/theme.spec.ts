import { describe, expect, it } from 'vitest';
import { contrast, DARK_TEXT, LIGHT_TEXT, resolveTheme, textOn } from './theme';
import { checkFile } from './uploads';
import { retryAfterMs } from './api';

describe('brand colours', () => {
  it.each(['#1f4e79', '#000000', '#b3261e', '#6b2fa3'])('puts white text on dark %s', (c) => {
    expect(textOn(c)).toBe(LIGHT_TEXT);
  });

  it.each(['#ffffff', '#ffd400', '#9fe0c0', '#f0a500'])('puts dark text on light %s', (c) => {
    expect(textOn(c)).toBe(DARK_TEXT);
  });

  it('always reaches at least 4.5:1 (WCAG AA for normal text) on a sample of colours', () => {
    for (let r = 0; r < 256; r += 51) {
      for (let g = 0; g < 256; g += 51) {
        for (let b = 0; b < 256; b += 51) {
          const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
          expect(contrast(hex, textOn(hex)), hex).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('ignores a malformed theme', () => {
    expect(resolveTheme({ primaryColor: 'red; background: url(x)' })).toEqual({
      brand: '#1f4e79',
      onBrand: LIGHT_TEXT,
      position: 'bottom-right',
    });
    expect(resolveTheme({ primaryColor: '#ffd400', position: 'bottom-left' })).toMatchObject({
      onBrand: DARK_TEXT,
      position: 'bottom-left',
    });
  });
});

describe('checkFile', () => {
  const MB = 1024 * 1024;
  it('accepts photos and videos within the limits', () => {
    expect(checkFile({ type: 'image/jpeg', size: 2 * MB })).toEqual({ kind: 'photo' });
    expect(checkFile({ type: 'video/mp4', size: 80 * MB })).toEqual({ kind: 'video' });
  });

  it('names what is wrong', () => {
    expect(checkFile({ type: 'application/pdf', size: MB })).toEqual({ problem: 'wrongType' });
    expect(checkFile({ type: 'image/png', size: 21 * MB })).toEqual({
      problem: 'tooBig',
      max: '20 MB',
    });
    expect(checkFile({ type: 'video/quicktime', size: 101 * MB })).toEqual({
      problem: 'tooBig',
      max: '100 MB',
    });
    expect(checkFile({ type: 'image/jpeg', size: 10 * 1024 })).toEqual({ problem: 'tooSmall' });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-02T09:00:00Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Mon, 02 Nov 2026 09:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});
