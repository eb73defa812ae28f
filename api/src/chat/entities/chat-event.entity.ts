import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ChatEventType } from '../events/chat-events';

/** One event of a conversation's live stream, kept so reconnecting clients catch up. */
@Entity('chat_event')
@Index('chat_event_session_idx', ['sessionId', 'id'])
export class ChatEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: ChatEventType;

  @Column({ type: 'jsonb', default: {} })
  data!: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
