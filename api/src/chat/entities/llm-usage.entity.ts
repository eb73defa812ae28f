import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numeric } from '../../common/db/numeric.transformer';

/** One call to a language model: tokens, cost and outcome, for the AI usage statistics. */
@Entity('llm_usage')
export class LlmUsageEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  provider!: string;

  @Column({ type: 'varchar', length: 100 })
  model!: string;

  @Column({ name: 'prompt_tokens', type: 'integer', default: 0 })
  promptTokens!: number;

  @Column({ name: 'completion_tokens', type: 'integer', default: 0 })
  completionTokens!: number;

  @Column({
    name: 'cost_eur',
    type: 'numeric',
    precision: 12,
    scale: 6,
    default: 0,
    transformer: numeric,
  })
  costEur!: number;

  @Column({ type: 'varchar', length: 16 })
  outcome!: 'ok' | 'error' | 'fallback';

  @Column({ name: 'latency_ms', type: 'integer', default: 0 })
  latencyMs!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
