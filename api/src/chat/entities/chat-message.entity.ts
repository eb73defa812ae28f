import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ChatSessionEntity } from './chat-session.entity';

export const CHAT_MESSAGE_ROLES = ['customer', 'bot', 'agent'] as const;
export type ChatMessageRole = (typeof CHAT_MESSAGE_ROLES)[number];

/** One line of a conversation, written by the customer, the bot or an agent. */
@Entity('chat_message')
@Check('chat_message_role_check', `role IN ('customer', 'bot', 'agent')`)
@Index('chat_message_session_idx', ['sessionId', 'createdAt'])
@Index('chat_message_client_id_key', ['sessionId', 'clientMessageId'], {
  unique: true,
  where: 'client_message_id IS NOT NULL',
})
export class ChatMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => ChatSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'chat_message_session_id_fkey' })
  session?: ChatSessionEntity;

  @Column({ type: 'varchar', length: 16 })
  role!: ChatMessageRole;

  @Column({ type: 'text' })
  text!: string;

  /** The agent who wrote it; null for the customer and the bot. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  /** The widget's id of a customer message: a resend with the same id is not stored twice. */
  @Column({ name: 'client_message_id', type: 'uuid', nullable: true })
  clientMessageId!: string | null;

  /** The customer message a bot reply answers. */
  @Column({ name: 'reply_to_id', type: 'uuid', nullable: true })
  replyToId!: string | null;

  /** The reply's cards (products, ticket, evidence request, recap), or a message's attachments. */
  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
