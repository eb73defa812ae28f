import { Injectable } from '@nestjs/common';
import type {
  ChatLocale,
  ConversationContext,
  ConversationTools,
  FaqAnswer,
  ProductCard,
  ShoppingCriteria,
  TicketSummary,
  VerifiedOrder,
} from '../chat';
import { RecapService } from '../claims';
import { FaqService } from '../faq';
import { NotFoundError } from '../common/problem/domain-error';
import { OrdersService } from '../orders';
import { ProductsService, type ProductView } from '../products';
import { SavService, TicketsService } from '../sav';
import { UploadsService } from '../uploads';
import { faqAnswers } from './domain/faq-match';
import { PhotoDescriber } from './photo-describer';

/** Candidates fetched before the criteria the search cannot filter on rank them. */
const CANDIDATES = 24;

function toCard(p: ProductView): ProductCard {
  return {
    sku: p.sku,
    name: p.name,
    category: p.category,
    price: p.price,
    promoPrice: p.promoPrice,
    dimensions: p.dimensions,
    seats: p.seats,
    colors: p.colors,
    materials: p.materials,
    inStock: p.inStock,
    deliveryDays: p.deliveryDays,
    rating: p.rating,
    reviewCount: p.reviewCount,
  };
}

/** How well a product meets what the search could not filter: options, seats, style. */
function fit(p: ProductView, c: ShoppingCriteria): number {
  let points = 0;
  for (const option of c.options ?? []) if (p.options[option]) points += 3;
  if (c.seats !== undefined && p.seats !== null)
    points += p.seats === c.seats ? 2 : p.seats > c.seats ? 1 : -2;
  if (c.style && p.style === c.style) points += 1;
  return points;
}

/**
 * The tools of one conversation turn. Bound to its session: a ticket's status
 * is told only for tickets of this conversation or of an order proved here.
 */
export class SessionTools implements ConversationTools {
  private readonly verified: Set<string>;

  constructor(
    private readonly sessionId: string,
    context: ConversationContext,
    private readonly deps: ConversationToolsFactory,
  ) {
    this.verified = new Set(context.verifiedOrders ?? []);
  }

  /** The e-mail of the last order proved in this turn, for the session record. */
  customerEmail?: string;

  /** Orders proved in this conversation, this turn included. */
  get verifiedOrders(): string[] {
    return [...this.verified];
  }

  async searchProducts(criteria: ShoppingCriteria, limit: number): Promise<ProductCard[]> {
    const page = await this.deps.products.search({
      category: criteria.category,
      minPrice: criteria.minPrice,
      maxPrice: criteria.maxPrice,
      maxWidthCm: criteria.maxWidthCm,
      color: criteria.colors?.[0],
      material: criteria.material,
      page: 1,
      pageSize: CANDIDATES,
    });
    return page.items
      .map((p, rank) => ({ p, score: fit(p, criteria), rank }))
      .sort((a, b) => b.score - a.score || a.rank - b.rank)
      .slice(0, limit)
      .map(({ p }) => toCard(p));
  }

  async findFaq(question: string, locale: ChatLocale): Promise<FaqAnswer | null> {
    const found = await this.deps.faq.search({
      q: question,
      locale: locale === 'en' ? 'en' : 'fr',
    });
    const best = found.find((entry) => faqAnswers(question, entry));
    return best
      ? { id: best.id, question: best.question, answer: best.answer, category: best.category }
      : null;
  }

  async verifyOrder(orderNumber: string, emailOrPostcode: string): Promise<VerifiedOrder | null> {
    try {
      const order = await this.deps.orders.verify(orderNumber, emailOrPostcode);
      this.verified.add(order.number);
      this.customerEmail = order.customer.email;
      const names = await Promise.all(
        order.lines.map(async (l) => {
          const product = await this.deps.products.findEntity(l.sku);
          return {
            sku: l.sku,
            name: l.productName ?? product?.name ?? l.sku,
            category: product?.category ?? null,
          };
        }),
      );
      return {
        number: order.number,
        purchaseDate: order.purchaseDate,
        deliveryDate: order.deliveryDate,
        lines: names,
      };
    } catch (err) {
      // A wrong pair and an unknown order are the same answer to the customer.
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  analyzeClaim(claim: { description: string; orderNumber: string; productSku?: string }) {
    return this.deps.sav.analyze({
      description: claim.description,
      orderNumber: claim.orderNumber,
      productSku: claim.productSku,
    });
  }

  async openTicket(claim: {
    orderNumber: string;
    productSku?: string;
    description: string;
    locale: ChatLocale;
  }) {
    const order = this.verified.has(claim.orderNumber)
      ? await this.deps.orders.findEntity(claim.orderNumber)
      : null;
    if (!order)
      throw new Error('A claim can only be opened on an order proved in this conversation');
    const files = await this.deps.uploads.sessionFiles(this.sessionId);
    const usable = files.filter((f) => f.scanStatus !== 'infected' && f.scanStatus !== 'error');
    const photoNotes = await this.deps.photos.describe(this.sessionId);
    const ticket = await this.deps.tickets.createFromChat({
      order,
      productSku: claim.productSku,
      description: claim.description,
      sessionId: this.sessionId,
      locale: claim.locale,
      photoNotes,
      evidence: {
        photos: usable.filter((f) => f.kind === 'photo').length,
        videos: usable.filter((f) => f.kind === 'video').length,
      },
    });
    if (usable.length > 0) {
      const ticketRef = await this.deps.tickets.findRef(ticket.reference);
      if (ticketRef) {
        await this.deps.uploads.attachToTicket(
          usable.map((f) => f.id),
          ticketRef.id,
          this.sessionId,
          `session:${this.sessionId}`,
        );
      }
    }
    this.customerEmail = order.customer.email;
    const recap = await this.deps.recaps.issue(ticket.reference, claim.locale);
    const current = (await this.deps.tickets.chatSummary(ticket.reference)) ?? ticket;
    return {
      ticket: {
        reference: ticket.reference,
        status: current.status,
        priority: ticket.priority,
        responseDueAt: ticket.sla.responseDueAt,
        interventionDueAt: ticket.sla.interventionDueAt,
      },
      recap,
      decision: ticket.analysis.decision,
    };
  }

  async ticketStatus(reference: string): Promise<TicketSummary | null> {
    const ticket = await this.deps.tickets.chatSummary(reference.toUpperCase());
    if (!ticket) return null;
    const ours =
      ticket.sessionId === this.sessionId ||
      (ticket.orderNumber !== null && this.verified.has(ticket.orderNumber));
    return ours
      ? {
          reference: ticket.reference,
          status: ticket.status,
          priority: ticket.priority,
          responseDueAt: ticket.responseDueAt,
          interventionDueAt: ticket.interventionDueAt,
        }
      : null;
  }
}

/** Builds each turn's tools from the application's services. */
@Injectable()
export class ConversationToolsFactory {
  constructor(
    readonly products: ProductsService,
    readonly faq: FaqService,
    readonly orders: OrdersService,
    readonly sav: SavService,
    readonly tickets: TicketsService,
    readonly uploads: UploadsService,
    readonly recaps: RecapService,
    readonly photos: PhotoDescriber,
  ) {}

  forTurn(sessionId: string, context: ConversationContext): SessionTools {
    return new SessionTools(sessionId, context, this);
  }
}
