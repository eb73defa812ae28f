import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../src/app.factory';
import { DEMO_ACCOUNTS } from '../../src/auth';
import { TEST_PASSWORDS } from './accounts';
import { type AppConfig, loadConfig } from '../../src/config';
import { createTestDatabase, TEST_REDIS_URL, testRedisPrefix } from './services';

/** What a credential looks like; none may ever reach a log line. */
const SECRET_SHAPES: [string, RegExp][] = [
  ['a JWT', /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/],
  ['a refresh token', /rt_[A-Za-z0-9_-]{43}/],
  ['an API key', /sk_live_[A-Za-z0-9_-]{16,}/],
  ['a language-model provider key', /sk-[A-Za-z0-9_-]{20,}/],
  ['a session cookie', /mdf_(refresh|csrf)=[^;\s"]{8,}/],
  ['a password of the test accounts', new RegExp(Object.values(TEST_PASSWORDS).join('|'))],
  ['a demo password', new RegExp(DEMO_ACCOUNTS.map((a) => a.password).join('|'))],
];

/** Every e2e app's logs are checked when it closes, so the whole run proves no secret is logged. */
function assertNoSecretsIn(logs: LogCapture): void {
  for (const [what, shape] of SECRET_SHAPES) {
    const line = logs.lines.find((l) => shape.test(l));
    if (line) throw new Error(`The logs hold ${what}: ${line.slice(0, 300)}`);
  }
}

/** Collects the JSON log lines an app writes. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }

  get text(): string {
    return this.lines.join('\n');
  }

  records(): Record<string, unknown>[] {
    return this.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  }
}

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  logs: LogCapture;
  close: () => Promise<void>;
}

/**
 * The real application on its own PostgreSQL database and Redis key prefix.
 * `env` overrides configuration; `DATABASE_URL: ''` selects the embedded database.
 */
export async function startTestApp(
  options: { env?: Record<string, string>; extraModules?: Type[] } = {},
): Promise<TestApp> {
  const wantsEmbedded = options.env?.DATABASE_URL === '';
  const database = wantsEmbedded ? undefined : await createTestDatabase();
  // Files the app writes (uploads, outbox, keys) go to a folder of its own, removed at close.
  const dataDir = options.env?.DATA_DIR ? undefined : mkdtempSync(join(tmpdir(), 'mdf-test-'));
  const cleanUp = async () => {
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: database?.url,
    DATABASE_POOL_SIZE: '4',
    DATABASE_CONNECT_RETRIES: '0',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: testRedisPrefix(),
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
    SHUTDOWN_TIMEOUT_MS: '2000',
    // Suites make many calls as one user; rate-limit.e2e-spec.ts and auth.e2e-spec.ts test the limits.
    RATE_LIMIT_PER_MINUTE: '100000',
    // The API alone, whether or not web/ was built here; console.e2e-spec.ts serves its own files.
    WEB_DIST_DIR: join(tmpdir(), 'mdf-no-console'),
    WIDGET_DIST_DIR: join(tmpdir(), 'mdf-no-widget'),
    DEMO_DIR: join(tmpdir(), 'mdf-no-demo'),
    ...options.env,
  });
  const logs = new LogCapture();
  const app = await createApp(config, {
    logDestination: logs,
    extraModules: options.extraModules,
  }).catch(async (err: unknown) => {
    await cleanUp();
    throw err;
  });
  try {
    await app.init();
  } catch (err) {
    // An app that fails to start must not leave its connections or database behind.
    await app.close().catch(() => undefined);
    await cleanUp();
    throw err;
  }
  return {
    app,
    config,
    logs,
    close: async () => {
      await app.close();
      await cleanUp();
      assertNoSecretsIn(logs);
    },
  };
}

/**
 * Another instance of the same deployment, as behind the load balancer: the same database,
 * Redis prefix and signing key as `first`. Closing it leaves `first`'s data alone.
 */
export function startSecondInstance(first: TestApp): Promise<TestApp> {
  const jwtKey = first.config.auth.jwtKey;
  return startTestApp({
    env: {
      DATABASE_URL: first.config.database.url ?? '',
      REDIS_KEY_PREFIX: first.config.redis.keyPrefix,
      ...(jwtKey ? { JWT_SECRET: jwtKey.secret } : {}),
    },
  });
}
