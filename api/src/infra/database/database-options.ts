import type { DataSourceOptions } from 'typeorm';
import { ALL_MIGRATIONS } from '../../../../migrations';
import type { AppConfig } from '../../config';

export type DatabaseMode = 'external' | 'embedded';

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
    logging: ['error', 'migration'],
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
