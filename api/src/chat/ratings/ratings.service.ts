import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ChatSessionsService } from '../chat-sessions.service';
import { DEFAULT_CHAT_LOCALE } from '../domain/locales';
import { CHAT_MESSAGES } from '../domain/messages';
import { ChatRatingEntity } from '../entities/chat-rating.entity';
import type { ConversationRatingView, RateConversationBody } from './dto/rating.dto';

interface UpsertedRating {
  score: number;
  comment: string | null;
  created_at: Date;
  updated_at: Date;
  inserted: boolean;
}

/** Customer satisfaction (CSAT): one rating per conversation, the latest one counts. */
@Injectable()
export class RatingsService {
  constructor(
    @InjectRepository(ChatRatingEntity) private readonly ratings: Repository<ChatRatingEntity>,
    private readonly sessions: ChatSessionsService,
  ) {}

  /**
   * Stores the customer's rating of their conversation, replacing any earlier
   * one, and ties it to the conversation's latest claim so the score can be
   * read per ticket.
   */
  async rate(sessionId: string, body: RateConversationBody): Promise<ConversationRatingView> {
    const session = await this.sessions.getSession(sessionId);
    // One statement, so two ratings sent at once cannot both insert. The ticket is read by
    // its session_id column (the claim's own table, read-only) rather than through the
    // after-sales module, which would make chat depend on it for one lookup.
    const rows = await this.ratings.query<UpsertedRating[]>(
      `INSERT INTO chat_rating (session_id, ticket_id, score, comment)
       VALUES ($1,
               (SELECT id FROM ticket WHERE session_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1),
               $2, $3)
       ON CONFLICT (session_id) DO UPDATE
         SET score = EXCLUDED.score, comment = EXCLUDED.comment,
             ticket_id = EXCLUDED.ticket_id, updated_at = now()
       RETURNING score, comment, created_at, updated_at, (xmax = 0) AS inserted`,
      [session.id, body.score, body.comment ? body.comment : null],
    );
    const row = rows[0];
    const messages = CHAT_MESSAGES[session.locale] ?? CHAT_MESSAGES[DEFAULT_CHAT_LOCALE];
    return {
      score: Number(row.score),
      comment: row.comment,
      replaced: !row.inserted,
      thanks: messages.ratingThanks,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  }
}
