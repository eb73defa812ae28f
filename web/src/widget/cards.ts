/** The rich parts of a reply: product cards, evidence request, ticket card and claim recap. */
import { html, nothing, type TemplateResult } from 'lit';
import { CATALOGS, type Locale, type MessageKey, type Translate } from './i18n';
import type { EvidenceRequest, ProductCard, RecapCard, TicketSummary } from './types';

export interface CardContext {
  t: Translate;
  locale: Locale;
  /** Opens the file picker (the evidence card's button). */
  attach(): void;
}

/** Number formats follow the language; Arabic keeps Latin digits, as the bot's own text does. */
function intlLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

export function formatPrice(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

/** A catalog entry named after a server value (ticket status, priority), or the raw value. */
export function wordFor(t: Translate, locale: Locale, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return key in CATALOGS[locale] ? t(key as MessageKey) : value;
}

function stars(rating: number): string {
  const full = Math.round(Math.max(0, Math.min(5, rating)));
  return '★'.repeat(full) + '☆'.repeat(5 - full);
}

function productCard(p: ProductCard, ctx: CardContext): TemplateResult {
  const { t, locale } = ctx;
  const promo = typeof p.promoPrice === 'number' && p.promoPrice < p.price ? p.promoPrice : null;
  const number = (n: number) =>
    new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(n);
  return html`<li class="card product" data-testid="product-card" data-sku=${p.sku}>
    <h3 dir="auto">${p.name}</h3>
    ${
      promo !== null
        ? html`<p class="price promo">
            <span class="sr-only">${t('product.promoPrice')}</span>
            <span data-testid="product-price">${formatPrice(promo, locale)}</span>
            <s class="old-price" data-testid="product-old-price"
              ><span class="sr-only">${t('product.oldPrice')} </span>${formatPrice(
                p.price,
                locale,
              )}</s
            >
          </p>`
        : html`<p class="price">
            <span class="sr-only">${t('product.price')}</span>
            <span data-testid="product-price">${formatPrice(p.price, locale)}</span>
          </p>`
    }
    <dl>
      ${
        p.dimensions
          ? html`<dt>${t('product.dimensions')}</dt>
              <dd>
                ${t('product.dimensionsValue', {
                  width: p.dimensions.widthCm,
                  depth: p.dimensions.depthCm,
                  height: p.dimensions.heightCm,
                })}
              </dd>`
          : nothing
      }
      ${
        p.colors && p.colors.length > 0
          ? html`<dt>${t('product.colors')}</dt>
              <dd dir="auto">${p.colors.join(', ')}</dd>`
          : nothing
      }
    </dl>
    ${
      typeof p.seats === 'number' && p.seats > 0
        ? html`<p class="muted">${t('product.seats', { seats: p.seats })}</p>`
        : nothing
    }
    ${
      p.inStock === true
        ? html`<p data-testid="product-stock">${t('product.inStock')}</p>`
        : typeof p.deliveryDays === 'number'
          ? html`<p data-testid="product-stock">
              ${t('product.delivery', { days: p.deliveryDays })}
            </p>`
          : nothing
    }
    ${
      typeof p.rating === 'number' && p.rating > 0
        ? html`<p>
            <span
              class="stars"
              role="img"
              aria-label=${t('product.rating', {
                rating: number(p.rating),
                count: p.reviewCount ?? 0,
              })}
              >${stars(p.rating)}</span
            >
            <span class="muted" aria-hidden="true"
              >${number(p.rating)} (${p.reviewCount ?? 0})</span
            >
          </p>`
        : nothing
    }
  </li>`;
}

export function productList(products: ProductCard[], ctx: CardContext): TemplateResult {
  return html`<ul class="cards" aria-label=${ctx.t('products.label')}>
    ${products.map((p) => productCard(p, ctx))}
  </ul>`;
}

export function evidenceCard(request: EvidenceRequest, ctx: CardContext): TemplateResult {
  const { t } = ctx;
  const received = request.received;
  return html`<section class="card" data-testid="evidence-request">
    <h3>${t('evidence.title')}</h3>
    <ul>
      ${request.photos > 0 ? html`<li>${t('evidence.photos', { count: request.photos })}</li>` : nothing}
      ${request.videos > 0 ? html`<li>${t('evidence.videos', { count: request.videos })}</li>` : nothing}
    </ul>
    ${
      request.shots.length > 0
        ? html`<p>${t('evidence.shots')}</p>
            <ul>
              ${request.shots.map((shot) => html`<li dir="auto">${shot}</li>`)}
            </ul>`
        : nothing
    }
    ${
      received && (received.photos > 0 || received.videos > 0)
        ? html`<p class="muted">
            ${t('evidence.received', { photos: received.photos, videos: received.videos })}
          </p>`
        : nothing
    }
    <button type="button" class="secondary" @click=${() => ctx.attach()}>
      ${t('evidence.add')}
    </button>
  </section>`;
}

export function ticketCard(ticket: TicketSummary, ctx: CardContext): TemplateResult {
  const { t, locale } = ctx;
  return html`<section
    class="card ticket-card"
    data-testid="ticket-card"
    data-reference=${ticket.reference}
  >
    <h3>${t('ticket.title')}</h3>
    <dl>
      <dt>${t('ticket.reference')}</dt>
      <dd><strong data-testid="ticket-reference">${ticket.reference}</strong></dd>
      <dt>${t('ticket.status')}</dt>
      <dd data-testid="ticket-status">${wordFor(t, locale, 'ticketStatus', ticket.status)}</dd>
      <dt>${t('ticket.priority')}</dt>
      <dd>${wordFor(t, locale, 'priority', ticket.priority)} (${ticket.priority})</dd>
      <dt>${t('ticket.sla')}</dt>
      <dd>${wordFor(t, locale, 'sla', ticket.priority)}</dd>
    </dl>
  </section>`;
}

export function recapCard(recap: RecapCard, ctx: CardContext): TemplateResult {
  const { t } = ctx;
  return html`<section class="card" data-testid="recap-card" data-reference=${recap.reference}>
    <h3 dir="auto">${recap.title || t('recap.title')}</h3>
    ${
      recap.lines.length > 0
        ? html`<dl>
            ${recap.lines.map(
              (line) =>
                html`<dt dir="auto">${line.label}</dt>
                  <dd dir="auto">${line.value}</dd>`,
            )}
          </dl>`
        : nothing
    }
    ${
      recap.nextSteps.length > 0
        ? html`<h4>${t('recap.nextSteps')}</h4>
            <ol>
              ${recap.nextSteps.map((step) => html`<li dir="auto">${step}</li>`)}
            </ol>`
        : nothing
    }
    ${
      recap.deadline
        ? html`<dl>
            <dt>${t('recap.deadline')}</dt>
            <dd dir="auto">${recap.deadline}</dd>
          </dl>`
        : nothing
    }
    ${
      recap.emailedTo
        ? html`<p class="muted">${t('recap.emailed', { email: recap.emailedTo })}</p>`
        : nothing
    }
  </section>`;
}
