import 'reflect-metadata';
import { loadConfig } from '../config';
import { databaseOptions } from '../infra/database/database-options';
import { createDataSource } from '../infra/database/database.module';
import { runMigrations } from '../infra/database/migrations';

const USAGE = 'usage: migrate <run|revert|show>';

/** `npm run migration:run|revert|show`: the same migrations the API applies at start. */
export async function migrate(
  command: string | undefined,
  env: Record<string, string | undefined>,
): Promise<string[]> {
  if (!command || !['run', 'revert', 'show'].includes(command)) throw new Error(USAGE);
  const config = loadConfig({ ...env, MIGRATIONS_RUN: 'false' });
  const mode = config.database.url ? 'external' : 'embedded';
  const dataSource = await createDataSource(
    config,
    databaseOptions(config, config.database.url ?? '', mode),
  );
  try {
    if (command === 'run') {
      const applied = await runMigrations(dataSource);
      return applied.length ? applied.map((m) => `applied ${m.name}`) : ['nothing to apply'];
    }
    if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      return ['reverted the last migration'];
    }
    const pending = await dataSource.showMigrations();
    return [pending ? 'migrations are pending' : 'the schema is up to date'];
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  migrate(process.argv[2], process.env)
    .then((lines) => {
      for (const line of lines) process.stdout.write(`${line}\n`);
    })
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
}
