/** The site's brand colour and corner, with a text colour that stays readable on that brand colour. */
import type { WidgetTheme } from './types';

export const DEFAULT_BRAND = '#1f4e79';
// Pure black: with white, it guarantees at least 4.58:1 on any brand colour.
export const DARK_TEXT = '#000000';
export const LIGHT_TEXT = '#ffffff';

export interface ResolvedTheme {
  brand: string;
  onBrand: string;
  position: 'bottom-right' | 'bottom-left';
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** White or dark text, whichever contrasts more with the brand colour. */
export function textOn(brand: string): string {
  return contrast(brand, LIGHT_TEXT) >= contrast(brand, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
}

export function resolveTheme(theme: WidgetTheme | undefined): ResolvedTheme {
  const color = theme?.primaryColor;
  const brand =
    typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color) ? color : DEFAULT_BRAND;
  return {
    brand,
    onBrand: textOn(brand),
    position: theme?.position === 'bottom-left' ? 'bottom-left' : 'bottom-right',
  };
}
