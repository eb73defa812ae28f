import { z } from 'zod';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], {
      error: 'must be true or false',
    })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

/** `raw` as an integer from min to max, or `message` as the variable's issue. */
function integerIn(raw: string, min: number, max: number, ctx: z.RefinementCtx, message: string) {
  const n = Number(raw);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) =>
      v === undefined || v === ''
        ? fallback
        : integerIn(v, min, max, ctx, `must be an integer from ${min} to ${max}`),
    );

/** An integer, or `word` (also when unset) for a value the application works out at start. */
const intOr = <W extends string>(word: W, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) =>
      v === undefined || v === '' || v === word
        ? word
        : integerIn(v, min, max, ctx, `must be ${word} or an integer from ${min} to ${max}`),
    );

/** A decimal number such as 0.15 (prices, budgets in euros). */
const decimal = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!/^\s*\d+(\.\d+)?\s*$/.test(v) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return undefined;
      try {
        const url = new URL(v);
        if (!protocols.includes(url.protocol)) throw new Error('protocol');
        return v;
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
        });
        return z.NEVER;
      }
    });

/**
 * Every environment variable the API reads, with its default.
 * `.env.example` documents exactly these keys (a test keeps the two in step).
 */
export const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], {
      error: 'must be development, test or production',
    })
    .default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(3000, 0, 65535),
  PUBLIC_URL: optionalUrl(['http:', 'https:']),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .optional(),
  LOG_FILE: z.string().trim().min(1).max(1024).optional(),
  LOG_FILE_RETENTION_DAYS: int(90, 1, 3650),
  DATABASE_URL: optionalUrl(['postgres:', 'postgresql:']),
  DATABASE_POOL_SIZE: int(10, 1, 200),
  DATABASE_STATEMENT_TIMEOUT_MS: int(15_000, 100, 600_000),
  DATABASE_CONNECT_RETRIES: int(10, 0, 1000),
  DATABASE_CONNECT_RETRY_DELAY_MS: int(1000, 10, 60_000),
  DATABASE_SSL: z
    .enum(['false', 'true', 'no-verify'], { error: 'must be false, true or no-verify' })
    .default('false'),
  MIGRATIONS_RUN: bool(true),
  REDIS_URL: optionalUrl(['redis:', 'rediss:']),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{0,64}$/, 'must be at most 64 of A-Z a-z 0-9 : _ -')
    .default('mdf:'),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const origins = (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const origin of origins) {
        let parsed: URL | undefined;
        try {
          parsed = new URL(origin);
        } catch {
          parsed = undefined;
        }
        if (!parsed || parsed.origin !== origin) {
          ctx.addIssue({
            code: 'custom',
            message: `"${origin}" is not an origin like https://shop.example.com`,
          });
          return z.NEVER;
        }
      }
      return origins;
    }),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 512kb or 1mb')
    .default('1mb'),
  SWAGGER_ENABLED: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  METRICS_TOKEN: z
    .string()
    .min(16, 'must be at least 16 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(false|true|loopback|\d{1,2}|[0-9a-fA-F.:/,\s]+)$/,
      'must be false, true, loopback, a hop count or a list of addresses/CIDRs',
    )
    .default('false'),
  SHUTDOWN_TIMEOUT_MS: int(10_000, 0, 300_000),
  WEB_DIST_DIR: z.string().optional(),
  WIDGET_DIST_DIR: z.string().optional(),
  DEMO_DIR: z.string().optional(),
  DEMO_PAGE_ENABLED: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  SEED_DEMO_DATA: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  JWT_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  JWT_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, 'must be 1 to 32 of A-Z a-z 0-9 _ -')
    .default('k1'),
  JWT_PREVIOUS_KEYS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const keys: { id: string; secret: string }[] = [];
      for (const entry of (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const at = entry.indexOf(':');
        const id = entry.slice(0, at);
        const secret = entry.slice(at + 1);
        if (at < 1 || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || secret.length < 32) {
          ctx.addIssue({
            code: 'custom',
            message: 'must be a comma-separated list of keyId:secret (secrets of 32+ characters)',
          });
          return z.NEVER;
        }
        keys.push({ id, secret });
      }
      return keys;
    }),
  ADMIN_EMAIL: z
    .email({ error: 'must be an e-mail address' })
    .max(254)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ADMIN_PASSWORD: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  RATE_LIMIT_PER_MINUTE: int(100, 1, 1_000_000),
  LOGIN_RATE_LIMIT_PER_MINUTE: int(5, 1, 1000),
  S3_ENDPOINT: optionalUrl(['http:', 'https:']),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid bucket name')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_ACCESS_KEY_ID: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_SECRET_ACCESS_KEY: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_FORCE_PATH_STYLE: bool(true),
  CLAMAV_HOST: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CLAMAV_PORT: int(3310, 1, 65535),
  CLAMAV_TIMEOUT_MS: int(30_000, 100, 600_000),
  UPLOAD_MAX_PER_SESSION: int(20, 1, 1000),
  UPLOAD_SESSION_QUOTA_MB: int(300, 1, 100_000),
  UPLOAD_RETENTION_DAYS: int(730, 1, 36_500),
  CHAT_IDLE_HOURS: int(24, 1, 720),
  /** Worker threads running claim analyses off the event loop; `auto`: one per spare core, at most 2. */
  ANALYSIS_WORKERS: intOr('auto', 0, 16),
  CHAT_RETENTION_DAYS: int(365, 0, 36_500),
  SMTP_URL: optionalUrl(['smtp:', 'smtps:']),
  MAIL_FROM: z
    .string()
    .min(3)
    .max(200)
    .default('Meuble de France SAV <sav@meubledefrance.example>'),
  CLAIM_LINK_TTL_HOURS: int(168, 1, 8760),
  OPENAI_API_KEY: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  OPENAI_BASE_URL: optionalUrl(['http:', 'https:']),
  OPENAI_MODEL: z
    .string()
    .regex(/^[A-Za-z0-9._:/@-]{1,100}$/, 'must be a model or deployment name (1 to 100 characters)')
    .default('gpt-4o-mini'),
  OPENAI_API_VERSION: z
    .string()
    .regex(/^[A-Za-z0-9.-]{1,40}$/, 'must be an Azure OpenAI API version such as 2024-10-21')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  OPENAI_VISION: bool(false),
  OPENAI_TIMEOUT_MS: int(15_000, 100, 600_000),
  OPENAI_MAX_RETRIES: int(1, 0, 5),
  LLM_BREAKER_ERROR_PERCENT: int(50, 1, 100),
  LLM_BREAKER_VOLUME: int(5, 1, 10_000),
  LLM_BREAKER_RESET_MS: int(30_000, 10, 3_600_000),
  LLM_PRICE_INPUT_EUR_PER_MTOK: decimal(0.15, 0, 10_000),
  LLM_PRICE_OUTPUT_EUR_PER_MTOK: decimal(0.6, 0, 10_000),
  LLM_BUDGET_PER_CONVERSATION_EUR: decimal(0.05, 0, 1_000_000),
  LLM_BUDGET_PER_DAY_EUR: decimal(20, 0, 1_000_000),
});

export type Env = z.input<typeof envSchema>;
export type ParsedEnv = z.output<typeof envSchema>;
