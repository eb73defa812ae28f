import { Injectable } from '@nestjs/common';
import { type ChatMessageView, ChatSessionsService } from '../chat';
import { ConflictError, DomainError, NotFoundError } from '../common/problem/domain-error';
import { ConversationService } from '../conversation';
import { type ConversationAiUsage, LlmUsageLedger } from '../infra/llm';
import { OrdersService, toOrderView } from '../orders';
import { ProductsService, type ProductView } from '../products';
import { TicketsService } from '../sav';
import { type UploadDetailView, UploadsService } from '../uploads';
import type {
  ClaimDossierView,
  RecapStatusView,
  TicketValidationView,
  TicketWorkspaceView,
} from './dto/ticket-workspace.dto';

type ClaimRecord = NonNullable<Awaited<ReturnType<TicketsService['claimRecord']>>>;

const NO_AI_USAGE: ConversationAiUsage = {
  calls: 0,
  promptTokens: 0,
  completionTokens: 0,
  costEur: 0,
  fallbacks: 0,
};

/** The most files one dossier lists (spec §5 asks for at most five; this is a safety bound). */
const EVIDENCE_MAX = 500;
const EVIDENCE_PAGE = 100;

/** The agents' side of a ticket: what they read, and what they write to the customer. */
@Injectable()
export class TicketWorkspaceService {
  constructor(
    private readonly tickets: TicketsService,
    private readonly sessions: ChatSessionsService,
    private readonly uploads: UploadsService,
    private readonly conversations: ConversationService,
    private readonly orders: OrdersService,
    private readonly products: ProductsService,
    private readonly aiUsage: LlmUsageLedger,
  ) {}

  async detail(reference: string): Promise<TicketWorkspaceView> {
    const [ticket, record] = await Promise.all([
      this.tickets.get(reference),
      this.record(reference),
    ]);
    const [messages, evidence, aiUsage] = await Promise.all([
      this.transcript(record),
      this.evidence(record),
      record.sessionId ? this.aiUsage.forConversation(record.sessionId) : NO_AI_USAGE,
    ]);
    return {
      ...ticket,
      sessionId: record.sessionId,
      locale: record.locale,
      messages,
      evidence,
      validation: validationOf(record),
      recap: recapOf(record),
      aiUsage,
    };
  }

  async dossier(reference: string, now = new Date()): Promise<ClaimDossierView> {
    const {
      analysis,
      timeline,
      customer,
      messages,
      evidence,
      validation,
      recap,
      aiUsage,
      // What an agent may do next is the console's business, not the claim file's.
      allowedTransitions: _next,
      ...ticket
    } = await this.detail(reference);
    const orderEntity = ticket.orderNumber
      ? await this.orders.findEntity(ticket.orderNumber)
      : null;
    const product = ticket.productSku ? await this.productOf(ticket.productSku) : null;
    const order = orderEntity ? toOrderView(orderEntity) : null;
    return {
      generatedAt: now.toISOString(),
      reference: ticket.reference,
      ticket,
      customer: {
        ...customer,
        tier: orderEntity?.customer.tier ?? null,
        postcode: orderEntity?.postcode ?? null,
      },
      order,
      product,
      analysis,
      warranty: analysis.warranty,
      evidence,
      timeline,
      transcript: messages,
      recap,
      validation,
      aiUsage,
    };
  }

  /**
   * An agent writes to the customer from the ticket: into the conversation
   * (delivered live), onto the timeline, and counted as the first response.
   * A ticket without a conversation (partner) has nobody to deliver to: 409.
   */
  async reply(
    reference: string,
    text: string,
    author: { userId: string },
  ): Promise<ChatMessageView> {
    const record = await this.record(reference);
    if (!record.sessionId) {
      throw new ConflictError(
        `Ticket ${record.reference} has no chat conversation; contact the customer another way.`,
        { source: record.source },
      );
    }
    const message = await this.conversations.agentReply(record.sessionId, text, author.userId);
    await this.tickets.recordAgentMessage(record.id, `user:${author.userId}`, text, new Date());
    return message;
  }

  private async record(reference: string): Promise<ClaimRecord> {
    const record = await this.tickets.claimRecord(reference);
    if (!record) throw new NotFoundError(`No ticket ${reference}.`);
    return record;
  }

  private async transcript(record: ClaimRecord): Promise<ChatMessageView[]> {
    if (!record.sessionId) return [];
    try {
      return (await this.sessions.history(record.sessionId)).items;
    } catch (err) {
      // The conversation may have been erased (GDPR) while the ticket stays.
      if (err instanceof NotFoundError) return [];
      throw err;
    }
  }

  private async evidence(record: ClaimRecord): Promise<UploadDetailView[]> {
    const files: UploadDetailView[] = [];
    for (let page = 1; files.length < EVIDENCE_MAX; page += 1) {
      const batch = await this.uploads.list({ ticketId: record.id, page, pageSize: EVIDENCE_PAGE });
      files.push(...batch.items);
      if (batch.items.length < EVIDENCE_PAGE || files.length >= batch.total) break;
    }
    return files;
  }

  private async productOf(sku: string): Promise<ProductView | null> {
    try {
      return await this.products.get(sku);
    } catch (err) {
      // A SKU the catalog does not (or no longer) know: the order line still names it.
      if (err instanceof DomainError && err.status === 404) return null;
      throw err;
    }
  }
}

function validationOf(r: ClaimRecord): TicketValidationView {
  return {
    status: r.validation,
    at: r.validatedAt?.toISOString() ?? null,
    correction: r.correction,
  };
}

function recapOf(r: ClaimRecord): RecapStatusView {
  return {
    status: r.recapStatus,
    sentAt: r.recapSentAt?.toISOString() ?? null,
    attempts: r.recapAttempts,
  };
}
