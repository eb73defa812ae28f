import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { createRootLogger } from '../common/logging/logger';
import { loadConfig } from '../config';
import { type SeedCounts, SeedService } from '../seed/seed.service';

/** `npm run seed`: adds the demo catalog, FAQ, customers and orders that are missing. */
export async function runSeed(env: Record<string, string | undefined>): Promise<SeedCounts> {
  // Seeding is this command's explicit job; the boot-time hook would do it a second time.
  const config = loadConfig({ ...env, SEED_DEMO_DATA: 'false' });
  const logger = createRootLogger(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { logger }), {
    logger: ['error', 'warn'],
  });
  try {
    return await app.get(SeedService).seed();
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  runSeed(process.env)
    .then((c) =>
      process.stdout.write(
        `added ${c.products} products, ${c.faq} FAQ entries, ${c.orders} orders, ${c.widgetSites} widget sites\n`,
      ),
    )
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
}
