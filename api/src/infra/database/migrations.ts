import { Logger } from '@nestjs/common';
import { type DataSource, type Migration, MigrationExecutor } from 'typeorm';

/** Any fixed number: every instance of this product takes the same lock. */
const MIGRATION_LOCK_KEY = 7_344_601_012;

/**
 * Applies pending migrations, one transaction each, under a PostgreSQL
 * advisory lock so that instances starting together do not race.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    // Run on the locked connection itself: a pool of one (embedded mode) has no other.
    const executor = new MigrationExecutor(dataSource, lock);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    if (applied.length > 0) {
      new Logger('Migrations').log(`Applied ${applied.map((m) => m.name).join(', ')}`);
    }
    return applied;
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}
