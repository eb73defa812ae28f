import type { Schemas } from '../core/api-client';
import type { MessageKey } from '../i18n/messages';

export type WidgetSite = Schemas['WidgetSiteView'];
export type WidgetPosition = NonNullable<Schemas['WidgetThemeInput']['position']>;
export type GreetingLanguage = keyof Schemas['WidgetGreetingInput'];

/** The API's limits (api/src/chat/domain/origin.ts, dto/widget-site.dto.ts). */
export const MAX_ALLOWED_ORIGINS = 20;
export const MAX_ORIGIN_LENGTH = 255;
export const MAX_GREETING_LENGTH = 500;
export const MAX_SITE_NAME_LENGTH = 100;
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
/** The colour the widget uses when a site sets none. */
export const DEFAULT_WIDGET_COLOR = '#1f4e79';

export const POSITIONS: readonly WidgetPosition[] = ['bottom-right', 'bottom-left'];

/** Greeting languages of the widget, with their writing direction. */
export const GREETING_LANGUAGES: Readonly<
  Record<GreetingLanguage, { readonly label: MessageKey; readonly dir: 'ltr' | 'rtl' }>
> = {
  fr: { label: 'sites.language.fr', dir: 'ltr' },
  en: { label: 'sites.language.en', dir: 'ltr' },
  de: { label: 'sites.language.de', dir: 'ltr' },
  it: { label: 'sites.language.it', dir: 'ltr' },
  ar: { label: 'sites.language.ar', dir: 'rtl' },
};

export type OriginProblem =
  'wildcard' | 'tooLong' | 'invalid' | 'scheme' | 'notBare' | 'host' | 'http' | 'duplicate';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * Why a line cannot be an allowed origin, the same rules as the API: exactly what a browser
 * sends in `Origin` (scheme, host, optional port), https except on localhost.
 */
export function originProblem(value: string): Exclude<OriginProblem, 'duplicate'> | null {
  if (value.length > MAX_ORIGIN_LENGTH) return 'tooLong';
  if (value.includes('*')) return 'wildcard';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme';
  if (url.origin !== value) return 'notBare';
  if (!HOSTNAME.test(url.hostname) && !IPV6.test(url.hostname)) return 'host';
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return 'http';
  return null;
}

export interface OriginLineProblem {
  /** 1-based line of the text area. */
  readonly line: number;
  readonly value: string;
  readonly problem: OriginProblem;
}

export interface ParsedOrigins {
  readonly origins: string[];
  readonly problems: OriginLineProblem[];
  /** Whether the count is within 1 to MAX_ALLOWED_ORIGINS. */
  readonly count: 'none' | 'tooMany' | 'ok';
}

/** One origin a line; blank lines and surrounding spaces are ignored. */
export function parseOrigins(text: string): ParsedOrigins {
  const origins: string[] = [];
  const problems: OriginLineProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const value = raw.trim();
    if (value === '') return;
    const problem = origins.includes(value) ? 'duplicate' : originProblem(value);
    if (problem) problems.push({ line: index + 1, value, problem });
    else origins.push(value);
  });
  const total = origins.length + problems.filter((p) => p.problem !== 'duplicate').length;
  const count = total === 0 ? 'none' : total > MAX_ALLOWED_ORIGINS ? 'tooMany' : 'ok';
  return { origins, problems, count };
}

/** The HTML a site pastes into its pages to embed the chat. */
export function embedSnippet(consoleOrigin: string, siteKey: string): string {
  return (
    `<script src="${consoleOrigin}/widget/mdf-chat.js" defer></script>\n` +
    `<mdf-chat site-key="${siteKey}"></mdf-chat>`
  );
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG contrast ratio of white text on a `#rrggbb` colour. */
export function contrastWithWhite(hex: string): number {
  const rgb = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  const [r = 0, g = 0, b = 0] = rgb.map(channel);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}
