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
import { WidgetSiteEntity } from './widget-site.entity';

export const CONVERSATION_STATES = [
  'browsing',
  'faq',
  'claim_order',
  'claim_description',
  'claim_evidence',
  'claim_submitted',
  'handoff',
  'closed',
] as const;
export type ConversationState = (typeof CONVERSATION_STATES)[number];

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
}
