import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { envSchema, type ParsedEnv } from './env.schema';
import { readSecretFiles } from './secret-files';

export type NodeEnv = ParsedEnv['NODE_ENV'];
export type LogLevel = NonNullable<ParsedEnv['LOG_LEVEL']>;

/** Thrown at boot when the environment does not describe a valid configuration. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n` +
        problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n'),
    );
    this.name = 'ConfigValidationError';
  }
}

/**
 * The validated, typed configuration. Read once at boot from the environment;
 * the only place in the API that looks at process.env is loadConfig's caller.
 */
export class AppConfig {
  readonly env!: NodeEnv;
  readonly http!: {
    host: string;
    port: number;
    publicUrl: string;
    bodyLimit: string;
    corsOrigins: string[];
    trustProxy: boolean | number | string;
    shutdownTimeoutMs: number;
  };
  readonly dataDir!: string;
  /**
   * Logs go to stdout as JSON; `file` also writes them to a file rotated daily
   * (`api.2026-11-26.1.log`), keeping `retentionDays` files, for hosts without a collector.
   */
  readonly log!: { level: LogLevel; file?: { path: string; retentionDays: number } };
  readonly database!: {
    url?: string;
    poolSize: number;
    statementTimeoutMs: number;
    connectRetries: number;
    connectRetryDelayMs: number;
    ssl: 'false' | 'true' | 'no-verify';
    migrationsRun: boolean;
  };
  readonly redis!: { url?: string; keyPrefix: string };
  readonly swagger!: { enabled: boolean };
  readonly metrics!: { token?: string };
  /** The built console at `/`, the widget bundle at `/widget/`, the demo shop at `/demo/`. */
  readonly web!: { distDir: string; widgetDir: string; demoDir: string; demoPage: boolean };
  readonly seed!: { demoData: boolean };
  readonly auth!: {
    /** Signs new tokens; absent outside production, where a key is generated. */
    jwtKey?: { id: string; secret: string };
    /** Still accepted for verification while tokens signed with them expire. */
    previousJwtKeys: { id: string; secret: string }[];
    /** The first administrator, created or reset at boot. */
    admin?: { email: string; password: string };
  };
  readonly rateLimit!: { perMinute: number; loginPerMinute: number };
  readonly storage!: {
    /** Local disk (default): files under this folder. */
    dir: string;
    /** S3-compatible object storage instead, when S3_BUCKET is set. */
    s3?: {
      endpoint?: string;
      region: string;
      bucket: string;
      accessKeyId?: string;
      secretAccessKey?: string;
      forcePathStyle: boolean;
    };
  };
  /** ClamAV's clamd over TCP; absent: files are stored as unscanned. */
  readonly antivirus!: { clamav?: { host: string; port: number; timeoutMs: number } };
  readonly uploads!: { maxPerSession: number; sessionQuotaBytes: number; retentionDays: number };
  /** A conversation's state expires (and its session is closed) after this long without activity. */
  readonly chat!: { idleMs: number };
  /** Worker threads for claim analyses (`POST /sav/analyze`); 0: on the event loop. */
  readonly analysis!: { workers: number };
  /**
   * Personal data retention: finished conversations lose their transcript this many days
   * after their last activity (0: kept until an erasure request).
   */
  readonly privacy!: { chatRetentionDays: number };
  /** Outgoing e-mail: SMTP when configured, else .eml files in `outboxDir`. */
  readonly mail!: { smtpUrl?: string; from: string; outboxDir: string; claimLinkTtlMs: number };
  /**
   * The language model (OpenAI-compatible API); absent without OPENAI_API_KEY, when the
   * built-in conversation engine answers alone. `apiKey` is a secret: never log it.
   */
  readonly llm!: {
    openai?: {
      apiKey: string;
      /** OpenAI-compatible base URL, or the Azure resource endpoint when `azureApiVersion` is set. */
      baseUrl?: string;
      /** The model, or the Azure deployment name. */
      model: string;
      /** Set: Azure OpenAI, with this api-version. */
      azureApiVersion?: string;
      vision: boolean;
      timeoutMs: number;
      maxRetries: number;
    };
    breaker: { errorThresholdPercent: number; volumeThreshold: number; resetTimeoutMs: number };
    pricing: { inputEurPerMillionTokens: number; outputEurPerMillionTokens: number };
    budget: { perConversationEur: number; perDayEur: number };
  };

  get isProduction(): boolean {
    return this.env === 'production';
  }

  static from(values: Omit<AppConfig, 'isProduction'>): AppConfig {
    return Object.freeze(Object.assign(new AppConfig(), values));
  }
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** The workspace root (the folder holding api/ and web/), from source or from the build. */
function findRepoRoot(start: string): string | undefined {
  let dir = start;
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, 'api', 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

const defaultLogLevel: Record<NodeEnv, LogLevel> = {
  development: 'debug',
  test: 'warn',
  production: 'info',
};

/**
 * Validates the environment and builds the configuration, reporting every bad
 * variable at once. Values are never echoed: some of them are secrets.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  opts: { cwd?: string; repoRoot?: string } = {},
): AppConfig {
  const fromFiles = readSecretFiles(env);
  const result = envSchema.safeParse(fromFiles.env);
  if (!result.success || fromFiles.problems.length > 0) {
    const problems = [
      ...fromFiles.problems,
      ...(result.success
        ? []
        : result.error.issues.map((issue) => ({
            variable: String(issue.path[0] ?? '(environment)'),
            message: issue.message,
          }))),
    ];
    throw new ConfigValidationError(problems);
  }
  const e = result.data;
  const crossProblems = [
    ...(e.NODE_ENV === 'production' && !e.JWT_SECRET
      ? [{ variable: 'JWT_SECRET', message: 'is required in production' }]
      : []),
    ...(Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)
      ? [
          {
            variable: e.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID',
            message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
          },
        ]
      : []),
    ...(e.OPENAI_API_VERSION && e.OPENAI_API_KEY && !e.OPENAI_BASE_URL
      ? [
          {
            variable: 'OPENAI_BASE_URL',
            message: 'is required with OPENAI_API_VERSION (the Azure OpenAI resource endpoint)',
          },
        ]
      : []),
    ...(Boolean(e.ADMIN_EMAIL) !== Boolean(e.ADMIN_PASSWORD)
      ? [
          {
            variable: e.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL',
            message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together',
          },
        ]
      : []),
  ];
  if (crossProblems.length > 0) throw new ConfigValidationError(crossProblems);
  const cwd = opts.cwd ?? process.cwd();
  const repoRoot = opts.repoRoot ?? findRepoRoot(__dirname) ?? cwd;
  const abs = (p: string, base: string) => (isAbsolute(p) ? p : resolve(base, p));
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return AppConfig.from({
    env: e.NODE_ENV,
    http: {
      host: e.HOST,
      port: e.PORT,
      publicUrl,
      bodyLimit: e.BODY_LIMIT.toLowerCase(),
      corsOrigins: e.CORS_ORIGINS.length > 0 ? e.CORS_ORIGINS : [new URL(publicUrl).origin],
      trustProxy: parseTrustProxy(e.TRUST_PROXY.trim()),
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    },
    dataDir: abs(e.DATA_DIR, cwd),
    log: {
      level: e.LOG_LEVEL ?? defaultLogLevel[e.NODE_ENV],
      ...(e.LOG_FILE
        ? { file: { path: e.LOG_FILE, retentionDays: e.LOG_FILE_RETENTION_DAYS } }
        : {}),
    },
    database: {
      url: e.DATABASE_URL,
      poolSize: e.DATABASE_POOL_SIZE,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      connectRetries: e.DATABASE_CONNECT_RETRIES,
      connectRetryDelayMs: e.DATABASE_CONNECT_RETRY_DELAY_MS,
      ssl: e.DATABASE_SSL,
      migrationsRun: e.MIGRATIONS_RUN,
    },
    redis: { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX },
    swagger: { enabled: e.SWAGGER_ENABLED ?? e.NODE_ENV !== 'production' },
    metrics: { token: e.METRICS_TOKEN },
    web: {
      distDir: abs(e.WEB_DIST_DIR ?? 'web/dist/console/browser', e.WEB_DIST_DIR ? cwd : repoRoot),
      widgetDir: abs(e.WIDGET_DIST_DIR ?? 'web/dist/widget', e.WIDGET_DIST_DIR ? cwd : repoRoot),
      demoDir: abs(e.DEMO_DIR ?? 'web/dist/demo', e.DEMO_DIR ? cwd : repoRoot),
      demoPage: e.DEMO_PAGE_ENABLED ?? e.NODE_ENV !== 'production',
    },
    seed: { demoData: e.SEED_DEMO_DATA ?? e.NODE_ENV === 'development' },
    auth: {
      jwtKey: e.JWT_SECRET ? { id: e.JWT_KEY_ID, secret: e.JWT_SECRET } : undefined,
      previousJwtKeys: e.JWT_PREVIOUS_KEYS,
      admin:
        e.ADMIN_EMAIL && e.ADMIN_PASSWORD
          ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD }
          : undefined,
    },
    rateLimit: {
      perMinute: e.RATE_LIMIT_PER_MINUTE,
      loginPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    },
    storage: {
      dir: join(abs(e.DATA_DIR, cwd), 'uploads'),
      s3: e.S3_BUCKET
        ? {
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            bucket: e.S3_BUCKET,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          }
        : undefined,
    },
    antivirus: {
      clamav: e.CLAMAV_HOST
        ? { host: e.CLAMAV_HOST, port: e.CLAMAV_PORT, timeoutMs: e.CLAMAV_TIMEOUT_MS }
        : undefined,
    },
    uploads: {
      maxPerSession: e.UPLOAD_MAX_PER_SESSION,
      sessionQuotaBytes: e.UPLOAD_SESSION_QUOTA_MB * 1024 * 1024,
      retentionDays: e.UPLOAD_RETENTION_DAYS,
    },
    chat: { idleMs: e.CHAT_IDLE_HOURS * 3_600_000 },
    analysis: {
      workers:
        e.ANALYSIS_WORKERS === 'auto'
          ? Math.min(2, availableParallelism() - 1)
          : e.ANALYSIS_WORKERS,
    },
    privacy: { chatRetentionDays: e.CHAT_RETENTION_DAYS },
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      outboxDir: join(abs(e.DATA_DIR, cwd), 'outbox'),
      claimLinkTtlMs: e.CLAIM_LINK_TTL_HOURS * 3_600_000,
    },
    llm: {
      openai: e.OPENAI_API_KEY
        ? {
            apiKey: e.OPENAI_API_KEY,
            baseUrl: e.OPENAI_BASE_URL?.replace(/\/+$/, ''),
            model: e.OPENAI_MODEL,
            azureApiVersion: e.OPENAI_API_VERSION,
            vision: e.OPENAI_VISION,
            timeoutMs: e.OPENAI_TIMEOUT_MS,
            maxRetries: e.OPENAI_MAX_RETRIES,
          }
        : undefined,
      breaker: {
        errorThresholdPercent: e.LLM_BREAKER_ERROR_PERCENT,
        volumeThreshold: e.LLM_BREAKER_VOLUME,
        resetTimeoutMs: e.LLM_BREAKER_RESET_MS,
      },
      pricing: {
        inputEurPerMillionTokens: e.LLM_PRICE_INPUT_EUR_PER_MTOK,
        outputEurPerMillionTokens: e.LLM_PRICE_OUTPUT_EUR_PER_MTOK,
      },
      budget: {
        perConversationEur: e.LLM_BUDGET_PER_CONVERSATION_EUR,
        perDayEur: e.LLM_BUDGET_PER_DAY_EUR,
      },
    },
  });
}
