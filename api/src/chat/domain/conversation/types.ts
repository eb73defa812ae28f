/**
 * The conversation port: what an engine (the built-in one, or a language model
 * behind the same port) receives for one customer turn, the tools it may call,
 * and what it answers. Pure types: no framework, no I/O.
 */
import type { ProductCategory } from '../../../products';
import type { ClaimAnalysis, TicketStatus } from '../../../sav';
import type { ChatLocale } from '../locales';
import type { ConversationState } from '../states';

export type { ChatLocale, ConversationState, ProductCategory };

export type ProductOption = 'convertible' | 'storage' | 'relax';

/** What the customer is looking for, remembered and refined across turns. */
export interface ShoppingCriteria {
  category?: ProductCategory;
  /** Budget in EUR (upper bound; `minPrice` when they say "more than"). */
  maxPrice?: number;
  minPrice?: number;
  /** Space available, in centimetres of width. */
  maxWidthCm?: number;
  /** One of the catalog styles: contemporain, scandinave, industriel, classique, campagne, design, vintage. */
  style?: string;
  /** Catalog colour words in French (noir, gris, beige, bleu, vert…). */
  colors?: string[];
  /** Catalog material word in French (cuir, tissu, velours, bois, chêne, métal…). */
  material?: string;
  seats?: number;
  /** Usage words the customer gave (famille, enfants, animaux, petit espace, extérieur…). */
  usage?: string[];
  options?: ProductOption[];
}

/** A product as the chat shows it. */
export interface ProductCard {
  sku: string;
  name: string;
  category: ProductCategory;
  price: number;
  promoPrice: number | null;
  dimensions: { widthCm: number; depthCm: number; heightCm: number };
  seats: number | null;
  colors: string[];
  materials: string[];
  inStock: boolean;
  deliveryDays: number;
  rating: number;
  reviewCount: number;
}

export interface FaqAnswer {
  id: string;
  question: string;
  answer: string;
  category: string;
}

/** An order the customer proved theirs (number + e-mail or postcode). */
export interface VerifiedOrder {
  number: string;
  purchaseDate: string;
  deliveryDate: string | null;
  lines: { sku: string; name: string; category: ProductCategory | null }[];
}

export interface TicketSummary {
  reference: string;
  status: TicketStatus;
  priority: 'P0' | 'P1' | 'P2' | 'P3';
  responseDueAt: string;
  interventionDueAt: string;
}

/** The recap of a claim, shown as a card and sent by e-mail (labels in the customer's language). */
export interface RecapCard {
  reference: string;
  title: string;
  lines: { label: string; value: string }[];
  nextSteps: string[];
  deadline: string;
  /** The address the recap went to, masked (j***@example.fr); absent when none is known. */
  emailedTo?: string;
}

export interface EvidenceRequest {
  photos: number;
  videos: number;
  /** What each picture should show, in the customer's language. */
  shots: string[];
  received: { photos: number; videos: number };
}

/** A file the customer attached to this turn (already uploaded and scanned). */
export interface TurnAttachment {
  id: string;
  kind: 'photo' | 'video' | 'document';
  scanStatus: 'pending' | 'clean' | 'infected' | 'unscanned' | 'error';
}

/** A claim under way in this conversation. */
export interface ClaimDraft {
  orderNumber?: string;
  /** Set once number + proof matched; the proof itself is never kept. */
  verified?: boolean;
  verificationFailures: number;
  productSku?: string;
  productName?: string;
  description?: string;
  analysis?: ClaimAnalysis;
  /** Clean photos and videos received during this claim. */
  evidence: { photos: number; videos: number };
  ticketReference?: string;
  /** The order's products, while the customer is asked which one the claim is about. */
  productChoices?: { sku: string; name: string }[];
}

/** Everything the engine remembers between turns; stored as JSON. */
export interface ConversationContext {
  locale: ChatLocale;
  criteria: ShoppingCriteria;
  claim?: ClaimDraft;
  /** SKUs shown last, so "le deuxième" or "moins cher" can refer to them. */
  lastProducts?: string[];
  /** Prices (promotion included) of the products shown last, so "moins cher" goes below them. */
  lastPrices?: number[];
  /** A ticket the customer asked about but has not yet shown to be theirs (order check pending). */
  pendingTicketReference?: string;
  /** Tickets opened in this conversation. */
  tickets?: string[];
  /** Orders the customer proved theirs in this conversation (their tickets' status may be told). */
  verifiedOrders?: string[];
  /** The customer was asked for a 1–5 rating and has not answered yet. */
  awaitingRating?: boolean;
  turns: number;
}

/** A line of the conversation written before this turn (the transcript's roles). */
export interface ConversationLine {
  role: 'customer' | 'bot' | 'agent';
  text: string;
}

export interface TurnInput {
  sessionId: string;
  state: ConversationState;
  context: ConversationContext;
  text: string;
  attachments: TurnAttachment[];
  now: Date;
  /**
   * The last lines of the transcript, oldest first (ten at most), for an engine that writes
   * with a language model. The built-in engine ignores it. If the last line is this turn's
   * message (stored before the turn runs), engines drop it rather than read it twice.
   */
  history?: ConversationLine[];
}

/** A bot reply (../shared/spec/api.md: id and role are added when it is stored). */
export interface BotReply {
  text: string;
  quickReplies?: string[];
  products?: ProductCard[];
  ticket?: Pick<TicketSummary, 'reference' | 'status' | 'priority'>;
  evidenceRequest?: EvidenceRequest;
  recap?: RecapCard;
  faq?: { id: string; question: string };
  /** Ask the customer for a 1–5 satisfaction rating. */
  ratingRequest?: boolean;
}

export interface TurnResult {
  state: ConversationState;
  context: ConversationContext;
  /** Null when a person has taken over and the bot stays silent. */
  reply: BotReply | null;
  /** A 1–5 satisfaction score the customer typed in answer to a rating request. */
  rating?: number;
  /** The conversation was handed to a person during this turn. */
  handoff?: { reason: 'customer_request' | 'escalation' | 'repeated_failure' };
  /**
   * Text went out through `TurnHooks.onDelta` and `reply.text` is NOT what those deltas
   * spelled (a language model's text was refused or failed mid-way and the built-in text
   * replaces it): the widget must replace the streamed bubble with `reply.text`.
   */
  replacesStream?: boolean;
}

/** What an engine may ask of the application; bound to the session it serves. */
export interface ConversationTools {
  searchProducts(criteria: ShoppingCriteria, limit: number): Promise<ProductCard[]>;
  /** The best FAQ answer for a question, or null when none matches well. */
  findFaq(question: string, locale: ChatLocale): Promise<FaqAnswer | null>;
  /** The order when number and e-mail/postcode match; null for a wrong pair and an unknown order alike. */
  verifyOrder(orderNumber: string, emailOrPostcode: string): Promise<VerifiedOrder | null>;
  analyzeClaim(claim: {
    description: string;
    orderNumber: string;
    productSku?: string;
  }): Promise<ClaimAnalysis>;
  /** Opens the ticket of a verified claim, attaches the session's evidence and sends the recap. */
  openTicket(claim: {
    orderNumber: string;
    productSku?: string;
    description: string;
    locale: ChatLocale;
  }): Promise<{ ticket: TicketSummary; recap: RecapCard; decision: ClaimAnalysis['decision'] }>;
  /** A ticket's status, only when it belongs to this conversation or an order verified in it. */
  ticketStatus(reference: string): Promise<TicketSummary | null>;
}

/** What the caller wants to hear while a turn is being answered. */
export interface TurnHooks {
  /** A piece of the reply's text, as soon as it is known (streamed to the widget). */
  onDelta?(text: string): void;
}

/** The port: one customer turn in, one reply out. */
export interface ConversationEngine {
  readonly name: string;
  /** The engine reads the last lines of the conversation (TurnInput.history). */
  readonly wantsHistory?: boolean;
  respond(input: TurnInput, tools: ConversationTools, hooks?: TurnHooks): Promise<TurnResult>;
}

export function emptyContext(locale: ChatLocale): ConversationContext {
  return { locale, criteria: {}, turns: 0 };
}
