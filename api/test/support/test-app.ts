import { Writable } from 'node:stream';
import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../src/app.factory';
import { type AppConfig, loadConfig } from '../../src/config';
import { createTestDatabase, TEST_REDIS_URL, testRedisPrefix } from './services';

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
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: database?.url,
    DATABASE_POOL_SIZE: '4',
    DATABASE_CONNECT_RETRIES: '0',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: testRedisPrefix(),
    SHUTDOWN_TIMEOUT_MS: '2000',
    ...options.env,
  });
  const logs = new LogCapture();
  const app = await createApp(config, { logDestination: logs, extraModules: options.extraModules });
  await app.init();
  return {
    app,
    config,
    logs,
    close: async () => {
      await app.close();
      await database?.drop();
    },
  };
}
