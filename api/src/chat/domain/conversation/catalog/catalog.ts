/** The catalog shape (the French catalog's keys) and how a text is filled in. */
import type { CatalogKey } from './fr';

export type { CatalogKey };
export type Catalog = Readonly<Record<CatalogKey, string>>;

export type Params = Readonly<Record<string, string | number>>;

/** Replaces each {name} by its parameter; an unknown placeholder stays visible rather than vanish. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
