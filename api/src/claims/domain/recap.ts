/**
 * The recap of a claim, from plain facts: the card the chat shows and the
 * e-mail that carries the confirm link. Pure: no framework, no I/O.
 */
import type { RecapCard } from '../../chat';
import type { ClaimAnalysis } from '../../sav';
import { type ClaimMessages, claimMessages } from './messages';

export type { RecapCard };

/** What a recap is made of: the ticket's facts, nothing looked up. */
export interface RecapFacts {
  reference: string;
  locale: string | null;
  customerName: string | null;
  /** Where the e-mail goes; only its masked form reaches the card. */
  customerEmail: string | null;
  orderNumber: string | null;
  productName: string | null;
  productSku: string | null;
  description: string;
  analysis: Pick<
    ClaimAnalysis,
    'category' | 'priority' | 'warranty' | 'decision' | 'sla' | 'evidence'
  >;
  interventionDueAt: Date;
}

export interface RecapEmail {
  subject: string;
  text: string;
  html: string;
}

/** Dates are told in the shop's time zone, whatever the server's. */
export const RECAP_TIME_ZONE = 'Europe/Paris';
const DESCRIPTION_MAX = 280;

export function formatDateTime(at: Date, messages: ClaimMessages): string {
  return new Intl.DateTimeFormat(messages.dateLocale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: RECAP_TIME_ZONE,
  }).format(at);
}

function formatDay(isoDate: string, messages: ClaimMessages): string {
  const at = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return isoDate;
  return new Intl.DateTimeFormat(messages.dateLocale, {
    dateStyle: 'long',
    timeZone: RECAP_TIME_ZONE,
  }).format(at);
}

/** `jeanne.dupont@example.fr` → `j***@example.fr`: enough for the customer to recognise it. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function warrantyInWords(w: RecapFacts['analysis']['warranty'], m: ClaimMessages): string {
  const component = m.component[w.component] ?? w.component;
  if (w.covered) return m.covered(component, w.expiresAt ? formatDay(w.expiresAt, m) : null);
  return m.notCovered(
    component,
    w.exclusions.map((e) => m.exclusion[e] ?? e),
  );
}

/** What happens next, from the decision: who acts, what the customer may still do. */
function nextStepsOf(f: RecapFacts, m: ClaimMessages): string[] {
  const { decision, priority, sla, evidence } = f.analysis;
  const steps: string[] = [];
  if (priority === 'P0') steps.push(m.next.safety);
  if (decision.action === 'escalate') steps.push(m.next.escalate(sla.responseHours));
  else if (decision.action === 'technician') steps.push(m.next.technician);
  else steps.push(m.next.resolution[decision.resolutionType] ?? m.next.escalate(sla.responseHours));
  if (!evidence.canProceed && evidence.photos + evidence.videos > 0)
    steps.push(m.next.evidence(evidence.photos, evidence.videos));
  if (f.customerEmail) steps.push(m.next.confirm);
  return steps;
}

/** The card, in the customer's language (French when unknown). */
export function buildRecapCard(f: RecapFacts): RecapCard {
  const m = claimMessages(f.locale);
  const product = f.productName ?? f.productSku ?? m.unknownProduct;
  const lines = [
    { label: m.labels.reference, value: f.reference },
    ...(f.orderNumber ? [{ label: m.labels.order, value: f.orderNumber }] : []),
    { label: m.labels.product, value: product },
    { label: m.labels.problem, value: m.category[f.analysis.category] ?? m.category.unknown },
    { label: m.labels.description, value: shorten(f.description, DESCRIPTION_MAX) },
    { label: m.labels.warranty, value: warrantyInWords(f.analysis.warranty, m) },
    { label: m.labels.priority, value: m.priority[f.analysis.priority] },
  ];
  return {
    reference: f.reference,
    title: m.title(f.reference),
    lines,
    nextSteps: nextStepsOf(f, m),
    deadline: `${m.deadline} ${formatDateTime(f.interventionDueAt, m)}`,
    ...(f.customerEmail ? { emailedTo: maskEmail(f.customerEmail) } : {}),
  };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** The recap e-mail: the card, the next steps and the confirm link, as text and HTML. */
export function buildRecapEmail(
  f: RecapFacts,
  card: RecapCard,
  link: { url: string; expiresAt: Date },
): RecapEmail {
  const m = claimMessages(f.locale);
  const until = m.mail.linkValidUntil(formatDateTime(link.expiresAt, m));
  const greeting = m.mail.greeting(f.customerName);
  const text = [
    greeting,
    '',
    m.mail.intro,
    '',
    card.title,
    ...card.lines.map((l) => `- ${l.label} : ${l.value}`),
    '',
    `${m.mail.nextSteps} :`,
    ...card.nextSteps.map((s) => `- ${s}`),
    card.deadline,
    '',
    `${m.mail.action} :`,
    link.url,
    until,
    '',
    '--',
    m.mail.footer,
    '',
  ].join('\n');
  const e = escapeHtml;
  const lang = claimLang(f.locale);
  const html = `<!doctype html>
<html lang="${lang}" dir="${m.dir}">
<head><meta charset="utf-8"><title>${e(card.title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#222;line-height:1.5">
<p>${e(greeting)}</p>
<p>${e(m.mail.intro)}</p>
<h1 style="font-size:20px">${e(card.title)}</h1>
<table role="presentation" cellpadding="4" style="border-collapse:collapse">
${card.lines.map((l) => `<tr><th scope="row" style="text-align:start;vertical-align:top">${e(l.label)}</th><td>${e(l.value)}</td></tr>`).join('\n')}
</table>
<h2 style="font-size:16px">${e(m.mail.nextSteps)}</h2>
<ul>
${card.nextSteps.map((s) => `<li>${e(s)}</li>`).join('\n')}
</ul>
<p><strong>${e(card.deadline)}</strong></p>
<p><a href="${e(link.url)}" style="display:inline-block;padding:10px 16px;background:#1f3a5f;color:#fff;text-decoration:none;border-radius:4px">${e(m.mail.action)}</a></p>
<p style="font-size:13px">${e(until)}<br>${e(link.url)}</p>
<hr>
<p style="font-size:12px;color:#666">${e(m.mail.footer)}</p>
</body>
</html>
`;
  return { subject: m.mail.subject(f.reference), text, html };
}

/** The `lang` attribute of a locale the recap speaks (French when unknown). */
export function claimLang(locale: string | null | undefined): string {
  return claimMessages(locale).dateLocale.slice(0, 2);
}
