import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import type { Repository } from 'typeorm';
import { LlmUsageEntity } from '../../chat/entities/llm-usage.entity';

export interface LlmUsageRecord {
  sessionId?: string;
  provider: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  costEur: number;
  outcome: 'ok' | 'error' | 'fallback';
  latencyMs: number;
}

/** The language-model calls made for one conversation (a ticket's AI usage). */
export interface ConversationAiUsage {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  costEur: number;
  /** Calls that failed or were not made; the built-in engine answered those turns. */
  fallbacks: number;
}

export interface LlmSpending {
  /** Spent on this conversation so far, in euros (0 without a session). */
  conversationEur: number;
  /** Spent by the whole deployment since 00:00 UTC, in euros. */
  todayEur: number;
}

/** How long a total read from the table (the day's, a conversation's) is trusted before it is read again. */
export const DAY_TOTAL_REFRESH_MS = 5_000;

/** The llm_usage table: one row per call, and what the budgets need to know from it. */
@Injectable()
export class LlmUsageLedger {
  /**
   * The deployment's spending today, read from the table at most every few seconds and
   * kept up to date with this instance's own calls in between: a check before every call
   * must not sum the whole day's rows. Other instances' calls show at the next read.
   */
  private day?: { start: number; readAt: number; totalEur: number };

  /**
   * Each recent conversation's spending, kept the same way: a customer's turn does not wait
   * for a sum over the table before the model is called. A conversation served by two
   * instances sees the other's calls at the next read, a few seconds later at most.
   */
  private readonly conversations = new LRUCache<string, { readAt: number; totalEur: number }>({
    max: 10_000,
  });

  /** The totals being read again in the background, by key (the day, a conversation). */
  private readonly rereading = new Set<string>();

  constructor(
    @InjectRepository(LlmUsageEntity) private readonly usage: Repository<LlmUsageEntity>,
  ) {}

  async spending(sessionId: string | undefined, now = new Date()): Promise<LlmSpending> {
    const startOfDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const [conversation, today] = await Promise.all([
      sessionId ? this.conversation(sessionId, now.getTime()) : Promise.resolve(0),
      this.today(startOfDay, now.getTime()),
    ]);
    return { conversationEur: conversation, todayEur: today };
  }

  async record(row: LlmUsageRecord): Promise<void> {
    await this.usage.insert({ ...row, sessionId: row.sessionId ?? null });
    if (this.day) this.day.totalEur += row.costEur;
    const conversation = row.sessionId ? this.conversations.get(row.sessionId) : undefined;
    if (conversation) conversation.totalEur += row.costEur;
  }

  async forConversation(sessionId: string): Promise<ConversationAiUsage> {
    const raw = await this.usage
      .createQueryBuilder('u')
      .select('count(*)::int', 'calls')
      .addSelect('coalesce(sum(u.prompt_tokens), 0)::int', 'prompt')
      .addSelect('coalesce(sum(u.completion_tokens), 0)::int', 'completion')
      .addSelect('coalesce(sum(u.cost_eur), 0)', 'cost')
      .addSelect("count(*) FILTER (WHERE u.outcome <> 'ok')::int", 'fallbacks')
      .where('u.session_id = :sessionId', { sessionId })
      .getRawOne<{
        calls: number;
        prompt: number;
        completion: number;
        cost: string;
        fallbacks: number;
      }>();
    return {
      calls: raw?.calls ?? 0,
      promptTokens: raw?.prompt ?? 0,
      completionTokens: raw?.completion ?? 0,
      costEur: Number(raw?.cost ?? 0),
      fallbacks: raw?.fallbacks ?? 0,
    };
  }

  private today(startOfDay: number, now: number): Promise<number> {
    const known = this.day?.start === startOfDay ? this.day : undefined;
    return this.total('day', known, now, async () => {
      const totalEur = await this.sum('created_at >= :startOfDay', {
        startOfDay: new Date(startOfDay),
      });
      this.day = { start: startOfDay, readAt: now, totalEur };
      return totalEur;
    });
  }

  private conversation(sessionId: string, now: number): Promise<number> {
    return this.total(sessionId, this.conversations.get(sessionId), now, async () => {
      const totalEur = await this.sum('session_id = :sessionId', { sessionId });
      this.conversations.set(sessionId, { readAt: now, totalEur });
      return totalEur;
    });
  }

  /**
   * A known total is answered at once; once it is DAY_TOTAL_REFRESH_MS old it is read again
   * in the background, for the next calls (the customer's turn does not wait for the sum),
   * one read at a time per total, a failed one leaving the known total to be read again
   * later. Only a total not known yet (a new day, a first call) is waited for.
   */
  private async total(
    key: string,
    known: { readAt: number; totalEur: number } | undefined,
    now: number,
    read: () => Promise<number>,
  ): Promise<number> {
    if (!known) return read();
    if (now - known.readAt >= DAY_TOTAL_REFRESH_MS && !this.rereading.has(key)) {
      this.rereading.add(key);
      read()
        .catch(() => undefined)
        .finally(() => this.rereading.delete(key));
    }
    return known.totalEur;
  }

  private async sum(where: string, params: Record<string, unknown>): Promise<number> {
    const raw = await this.usage
      .createQueryBuilder('u')
      .select('COALESCE(SUM(u.cost_eur), 0)', 'total')
      .where(where, params)
      .getRawOne<{ total: string | number }>();
    return Number(raw?.total ?? 0);
  }
}
