import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule, type TypeOrmModuleOptions } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AppConfig } from '../../config';
import { databaseOptions } from './database-options';
import { runMigrations } from './migrations';
import { InstallationService } from './installation.service';

/** Creates the data source, starting the embedded database first when no DATABASE_URL is set. */
export async function createDataSource(
  config: AppConfig,
  options: DataSourceOptions,
): Promise<DataSource> {
  // PGlite is loaded only when it is used.
  const embedded = config.database.url
    ? undefined
    : await (await import('./embedded-postgres.js')).EmbeddedPostgres.start(config.dataDir);
  const dataSource = new DataSource({
    ...options,
    url: embedded?.url ?? config.database.url,
  } as DataSourceOptions);
  try {
    await dataSource.initialize();
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  if (config.database.migrationsRun) {
    try {
      await runMigrations(dataSource);
    } catch (err) {
      await dataSource.destroy();
      await embedded?.stop();
      throw err;
    }
  }
  if (embedded) {
    // The embedded server lives exactly as long as the data source using it.
    const destroy = dataSource.destroy.bind(dataSource);
    dataSource.destroy = async () => {
      await destroy();
      await embedded.stop();
    };
  }
  return dataSource;
}

/** The database, external or embedded, with migrations applied at start when configured. */
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    const mode = config.database.url ? 'external' : 'embedded';
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: (): TypeOrmModuleOptions => ({
            ...databaseOptions(config, config.database.url ?? '', mode),
            autoLoadEntities: true,
            retryAttempts: mode === 'external' ? config.database.connectRetries : 0,
            retryDelay: config.database.connectRetryDelayMs,
          }),
          dataSourceFactory: async (options) => createDataSource(config, options!),
        }),
      ],
      providers: [InstallationService],
      exports: [InstallationService],
    };
  }
}
