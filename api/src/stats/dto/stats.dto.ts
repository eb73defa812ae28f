import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

/** Rates are fractions in [0, 1]; null when nothing was there to measure. */
const RATE = { type: Number, nullable: true, minimum: 0, maximum: 1 } as const;

export class StatsQuery {
  @ApiPropertyOptional({
    example: '2026-11-01',
    description:
      'Start of the window (ISO-8601 date or date-time, inclusive; UTC when no offset). Default: 30 days before `to`.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-01',
    description:
      'End of the window (exclusive). Default: now, or 30 days after `from`. At least `from`, at most 366 days after it.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class StatsWindowView {
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
}

export class OpenTicketsView {
  @ApiProperty({
    description:
      'Tickets still needing work now (not resolved, auto-resolved, closed or cancelled)',
    example: 12,
  })
  total!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Open tickets by status, every open status listed (0 included)',
    example: { new: 0, escalated_to_human: 4, in_progress: 8 },
  })
  byStatus!: Record<string, number>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Open tickets by priority, P0 to P3',
    example: { P0: 1, P1: 3, P2: 6, P3: 2 },
  })
  byPriority!: Record<string, number>;
}

export class CreatedTicketsView {
  @ApiProperty({ description: 'Tickets created in the window', example: 40 }) total!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'By source: chat, partner, agent',
    example: { chat: 30, partner: 6, agent: 4 },
  })
  bySource!: Record<string, number>;
}

export class TicketsStatsView {
  @ApiProperty({ type: OpenTicketsView, description: 'Current, not limited to the window' })
  open!: OpenTicketsView;
  @ApiProperty({ type: CreatedTicketsView }) created!: CreatedTicketsView;
}

export class SlaStatsView {
  @ApiProperty({
    description: 'Tickets of the window measured: created in it and not cancelled',
    example: 38,
  })
  measured!: number;
  @ApiProperty({
    ...RATE,
    description:
      'Share of measured tickets whose response deadline and intervention deadline were both met or are not yet due. Response = first response by a person, or the resolution when there was none (an automatic resolution answers the customer); intervention = resolution.',
    example: 0.92,
  })
  complianceRate!: number | null;
  @ApiProperty({
    description:
      'Measured tickets answered after their response deadline, or still unanswered past it',
    example: 2,
  })
  responseBreaches!: number;
  @ApiProperty({
    description:
      'Measured tickets resolved after their intervention deadline, or still unresolved past it',
    example: 1,
  })
  interventionBreaches!: number;
}

export class CsatView {
  @ApiProperty({
    description:
      'Ratings given in the window (a replaced rating counts once, with its latest score)',
    example: 25,
  })
  ratings!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean score, 1–5', example: 4.4 })
  averageScore!: number | null;
  @ApiProperty({ ...RATE, description: 'CSAT: share of ratings scoring 4 or 5', example: 0.88 })
  rate!: number | null;
}

export class ConversationsPerDayView {
  @ApiProperty({ example: '2026-11-03', description: 'UTC day' }) date!: string;
  @ApiProperty({ example: 17, description: 'Chat sessions opened that day' }) count!: number;
}

export class AiUsageView {
  @ApiProperty({ description: 'Language-model calls in the window', example: 420 }) calls!: number;
  @ApiProperty({ example: 512000 }) promptTokens!: number;
  @ApiProperty({ example: 64000 }) completionTokens!: number;
  @ApiProperty({ description: 'Cost in EUR', example: 1.234567 }) costEur!: number;
  @ApiProperty({
    description: 'Calls answered by the embedded fallback instead of the model',
    example: 3,
  })
  fallbacks!: number;
  @ApiProperty({ description: 'Calls that failed', example: 1 }) errors!: number;
}

export class KpiTargetView {
  @ApiProperty({ example: 0.4 }) target!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.46, description: 'The measured rate' })
  value!: number | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Whether the value beats the target; null without data',
  })
  met!: boolean | null;
}

export class KpiTargetsView {
  @ApiProperty({ type: KpiTargetView, description: 'First-contact resolution above 40 %' })
  firstContactResolution!: KpiTargetView;
  @ApiProperty({ type: KpiTargetView, description: 'CSAT above 85 %' }) csat!: KpiTargetView;
  @ApiProperty({ type: KpiTargetView, description: 'Abandonment below 15 %' })
  abandonment!: KpiTargetView;
}

export class StatsView {
  @ApiProperty({
    type: StatsWindowView,
    description: 'The window [from, to) every windowed figure covers',
  })
  window!: StatsWindowView;
  @ApiProperty({ type: TicketsStatsView }) tickets!: TicketsStatsView;
  @ApiProperty({ type: SlaStatsView }) sla!: SlaStatsView;
  @ApiProperty({
    ...RATE,
    description:
      'Tickets created in the window that were resolved automatically (reached auto_resolved and were not taken over by a person afterwards) ÷ tickets created in the window',
    example: 0.62,
  })
  autoResolutionRate!: number | null;
  @ApiProperty({
    ...RATE,
    description:
      'Among conversations opened in the window that have ended (closed, or idle for longer than CHAT_IDLE_HOURS) and hold at least one customer message: the share that never handed off to a person, did not abandon a claim (a claim started ended with a ticket), and whose customer did not open another conversation within 7 days (same customer_email, case-insensitive; without a known e-mail nobody can be seen coming back, so only the first two conditions apply)',
    example: 0.46,
  })
  firstContactResolutionRate!: number | null;
  @ApiProperty({ type: CsatView }) csat!: CsatView;
  @ApiProperty({
    ...RATE,
    description:
      'Among conversations opened in the window that started a claim (claim_started_at set) and have ended (closed, or idle for longer than CHAT_IDLE_HOURS): the share that neither opened a ticket nor handed off to a person',
    example: 0.11,
  })
  abandonmentRate!: number | null;
  @ApiProperty({
    type: [ConversationsPerDayView],
    description: 'Every UTC day of the window, days without conversations included',
  })
  conversationsPerDay!: ConversationsPerDayView[];
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Median minutes from creation to first response by a person, over tickets of the window that have one',
    example: 42.5,
  })
  medianFirstResponseMinutes!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '90th percentile of the same',
    example: 240,
  })
  p90FirstResponseMinutes!: number | null;
  @ApiProperty({ type: AiUsageView }) ai!: AiUsageView;
  @ApiProperty({
    type: KpiTargetsView,
    description: "The retailer's KPI goals and whether the window meets them",
  })
  targets!: KpiTargetsView;
}
