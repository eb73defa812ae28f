import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from './app.factory';
import { DEMO_ACCOUNTS, seedsDemoAccounts } from './auth';
import { demoPagePath } from './common/http/static-sites';
import { type AppConfig, ConfigValidationError, loadConfig } from './config';

export interface BootIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  exit: (code: number) => void;
}

const processIo: BootIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  exit: (code) => process.exit(code),
};

/** What a person starting the product needs to know, printed once it listens. */
export function startupBanner(config: AppConfig, listeningOn: string): string[] {
  const base = config.http.publicUrl;
  const lines = [
    `Meuble de France SAV is running (${config.env}) on ${listeningOn}`,
    `  Agent console   ${base}/`,
    `  Health          ${base}/health   Readiness ${base}/ready`,
  ];
  const demo = demoPagePath(config);
  if (demo) lines.push(`  Demo shop       ${base}${demo}   (the chat widget, bottom right)`);
  if (config.swagger.enabled) lines.push(`  API docs        ${base}/api/docs`);
  lines.push(
    `  Database        ${config.database.url ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`}`,
    `  Shared state    ${config.redis.url ? 'Redis (REDIS_URL)' : 'in-memory (single instance)'}`,
  );
  if (seedsDemoAccounts(config)) {
    for (const account of DEMO_ACCOUNTS)
      lines.push(`  Demo ${account.role.padEnd(10)} ${account.email} / ${account.password}`);
  }
  return lines;
}

/**
 * Validates the configuration, builds the app and listens. An invalid
 * configuration stops here with one message naming every bad variable.
 */
export async function startServer(
  env: Record<string, string | undefined>,
  io: BootIo = processIo,
): Promise<NestExpressApplication | undefined> {
  let config: AppConfig;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigValidationError) {
      io.stderr(err.message);
      io.exit(1);
      return undefined;
    }
    throw err;
  }
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen(config.http.port, config.http.host);
  const address = app.getHttpServer().address();
  const listeningOn =
    typeof address === 'object' && address ? `${address.address}:${address.port}` : String(address);
  for (const line of startupBanner(config, listeningOn)) io.stdout(line);
  return app;
}
