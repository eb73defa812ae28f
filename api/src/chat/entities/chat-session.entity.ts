import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ChatLocale } from '../domain/locales';
import type { ConversationContext } from '../domain/conversation/types';
import { CONVERSATION_STATES, type ConversationState } from '../domain/states';
import { WidgetSiteEntity } from './widget-site.entity';

export { CONVERSATION_STATES, type ConversationState };

/** One customer's conversation in the widget of one site. */
@Entity('chat_session')
@Index('chat_session_expires_idx', ['expiresAt'])
export class ChatSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'site_id', type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => WidgetSiteEntity)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'chat_session_site_id_fkey' })
  site?: WidgetSiteEntity;

  @Column({ type: 'varchar', length: 8 })
  locale!: ChatLocale;

  @Column({ type: 'varchar', length: 32, default: 'browsing' })
  state!: ConversationState;

  /** The page origin the session was opened from. */
  @Column({ type: 'varchar', length: 255 })
  origin!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** What the assistant remembers between turns (criteria, claim under way, language). */
  @Column({ type: 'jsonb', default: {} })
  context!: ConversationContext;

  /** The e-mail of the order the customer proved theirs, for the recap and privacy requests. */
  @Column({ name: 'customer_email', type: 'varchar', length: 254, nullable: true })
  customerEmail!: string | null;

  @Column({ name: 'handoff_at', type: 'timestamptz', nullable: true })
  handoffAt!: Date | null;

  @Column({ name: 'claim_started_at', type: 'timestamptz', nullable: true })
  claimStartedAt!: Date | null;

  /** The newest event of its live stream: inserts lock the row, so ids follow commit order. */
  @Column({ name: 'last_event_id', type: 'bigint', nullable: true })
  lastEventId!: string | null;

  /** Customer messages received. */
  @Column({ name: 'message_count', type: 'integer', default: 0 })
  messageCount!: number;
}
