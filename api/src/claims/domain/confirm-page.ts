/**
 * The page a customer sees when following the recap e-mail's link: the recap,
 * and plain HTML forms to confirm, correct or cancel. No script (the app's CSP
 * forbids inline script, and a form needs none); inline styles are allowed.
 */
import type { TicketValidation } from '../../sav';
import { claimMessages } from './messages';
import { escapeHtml as e, type RecapCard } from './recap';

export const CORRECTION_MAX_LENGTH = 2000;

const STYLE = `body{font-family:system-ui,Arial,Helvetica,sans-serif;margin:0;background:#f5f3ef;color:#1d1d1d;line-height:1.5}
main{max-width:40rem;margin:0 auto;padding:1.5rem;background:#fff;min-height:100vh;box-sizing:border-box}
h1{font-size:1.4rem;color:#1f3a5f}h2{font-size:1.1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem}dt{font-weight:600}dd{margin:0}
form{margin:1rem 0}label{display:block;font-weight:600;margin-bottom:.3rem}
textarea{width:100%;box-sizing:border-box;min-height:6rem;font:inherit;padding:.5rem}
button{font:inherit;padding:.6rem 1.1rem;border-radius:4px;border:2px solid #1f3a5f;background:#1f3a5f;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1f3a5f}
button:focus-visible,textarea:focus-visible{outline:3px solid #e0a100;outline-offset:2px}
.notice{padding:.8rem 1rem;border-radius:4px;background:#e8f1e8;border:1px solid #4d7a4d}
.error{background:#fbeaea;border-color:#a33}`;

function page(locale: string | null, title: string, body: string): string {
  const m = claimMessages(locale);
  const lang = m.dateLocale.slice(0, 2);
  return `<!doctype html>
<html lang="${lang}" dir="${m.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * The recap with its forms while the customer has not answered; the answer
 * they gave afterwards. `action` is the link's own path (forms post back to it).
 */
export function renderConfirmPage(input: {
  locale: string | null;
  card: RecapCard;
  validation: TicketValidation;
  action: string;
}): string {
  const m = claimMessages(input.locale);
  const { card } = input;
  const recap = `<h1>${e(card.title)}</h1>
<dl>
${card.lines.map((l) => `<dt>${e(l.label)}</dt><dd>${e(l.value)}</dd>`).join('\n')}
</dl>
<h2>${e(m.mail.nextSteps)}</h2>
<ul>
${card.nextSteps.map((s) => `<li>${e(s)}</li>`).join('\n')}
</ul>
<p><strong>${e(card.deadline)}</strong></p>`;
  if (input.validation !== 'pending') {
    return page(
      input.locale,
      card.title,
      `<p class="notice" role="status">${e(m.page.state[input.validation])}</p>\n${recap}`,
    );
  }
  const action = e(input.action);
  const forms = `<section aria-labelledby="confirm-heading">
<h2 id="confirm-heading">${e(m.page.confirmHeading)}</h2>
<form method="post" action="${action}">
<input type="hidden" name="confirm" value="true">
<button type="submit">${e(m.page.confirmButton)}</button>
</form>
<form method="post" action="${action}">
<input type="hidden" name="confirm" value="false">
<label for="correction">${e(m.page.correctionLabel)}</label>
<textarea id="correction" name="correction" required maxlength="${CORRECTION_MAX_LENGTH}"></textarea>
<p><button type="submit">${e(m.page.correctionButton)}</button></p>
</form>
</section>
<section aria-labelledby="cancel-heading">
<h2 id="cancel-heading">${e(m.page.cancelHeading)}</h2>
<form method="post" action="${action}">
<input type="hidden" name="confirm" value="false">
<button type="submit" class="secondary">${e(m.page.cancelButton)}</button>
</form>
</section>`;
  return page(input.locale, card.title, `${recap}\n${forms}`);
}

/** A link that cannot be used: unknown or tampered, or expired. */
export function renderLinkErrorPage(locale: string | null, reason: 'invalid' | 'expired'): string {
  const m = claimMessages(locale);
  const text = reason === 'expired' ? m.page.expiredLink : m.page.invalidLink;
  return page(locale, text, `<p class="notice error" role="alert">${e(text)}</p>`);
}
