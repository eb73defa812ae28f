import type { DataSourceOptions } from 'typeorm';
import { ALL_MIGRATIONS } from '../../../../migrations';
import type { AppConfig } from '../../config';
import { DatabaseLogger } from './database-logger';

export type DatabaseMode = 'external' | 'embedded';

/** A query slower than this is logged (its SQL text, never its values). */
const SLOW_QUERY_MS = 2_000;

/**
 * TypeORM options for either mode. The embedded database is one PGlite
 * instance behind a socket: a pool of one keeps transactions from interleaving.
 */
export function databaseOptions(
  config: AppConfig,
  url: string,
  mode: DatabaseMode,
  entities: DataSourceOptions['entities'] = [],
): DataSourceOptions {
  const ssl =
    config.database.ssl === 'false'
      ? undefined
      : { rejectUnauthorized: config.database.ssl === 'true' };
  return {
    type: 'postgres',
    url,
    entities,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    synchronize: false,
    logging: ['error', 'warn', 'migration'],
    logger: new DatabaseLogger(),
    maxQueryExecutionTime: SLOW_QUERY_MS,
    ssl,
    extra:
      mode === 'embedded'
        ? { max: 1, connectionTimeoutMillis: 10_000 }
        : {
            max: config.database.poolSize,
            connectionTimeoutMillis: 5_000,
            idleTimeoutMillis: 30_000,
            statement_timeout: config.database.statementTimeoutMs,
            application_name: 'mdf-api',
          },
  };
}
