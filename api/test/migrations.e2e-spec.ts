import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from '../../migrations';
import { migrate } from '../src/cli/migrate';
import { loadConfig } from '../src/config';
import { databaseOptions } from '../src/infra/database/database-options';
import { createDataSource } from '../src/infra/database/database.module';
import { InstallationService } from '../src/infra/database/installation.service';
import { createTestDatabase } from './support/services';
import { startTestApp } from './support/test-app';

async function schemaFacts(ds: DataSource) {
  const migrations: { name: string }[] = await ds.query(
    'SELECT name FROM schema_migrations ORDER BY id',
  );
  const extensions: { extname: string }[] = await ds.query(
    "SELECT extname FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm') ORDER BY extname",
  );
  const tables: { table_name: string }[] = await ds.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'app_setting'",
  );
  return {
    migrations: migrations.map((m) => m.name),
    extensions: extensions.map((e) => e.extname),
    tables: tables.map((t) => t.table_name),
  };
}

const expected = {
  migrations: ALL_MIGRATIONS.map((M) => new M().name),
  extensions: ['pg_trgm', 'unaccent'],
  tables: ['app_setting'],
};

describe('migrations', () => {
  it('apply cleanly on an empty PostgreSQL database, revert, and apply again', async () => {
    const db = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, MIGRATIONS_RUN: 'false' });
    const ds = await createDataSource(config, databaseOptions(config, db.url, 'external'));
    try {
      expect(await ds.showMigrations()).toBe(true);
      await ds.runMigrations({ transaction: 'each' });
      expect(await schemaFacts(ds)).toEqual(expected);
      for (let i = 0; i < ALL_MIGRATIONS.length; i++) await ds.undoLastMigration();
      expect((await schemaFacts(ds)).migrations).toEqual([]);
      await ds.runMigrations({ transaction: 'each' });
      expect(await schemaFacts(ds)).toEqual(expected);
      expect(await ds.showMigrations()).toBe(false);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it('apply on the embedded database, whose data survives a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mdf-embedded-'));
    try {
      const first = await startTestApp({ env: { DATABASE_URL: '', DATA_DIR: dataDir } });
      const ds = first.app.get(DataSource);
      expect(await schemaFacts(ds)).toEqual(expected);
      const installation = first.app.get(InstallationService).installation;
      expect(installation?.id).toMatch(/^[0-9a-f-]{36}$/);
      await first.close();

      const second = await startTestApp({ env: { DATABASE_URL: '', DATA_DIR: dataDir } });
      expect(second.app.get(InstallationService).installation).toEqual(installation);
      expect(await schemaFacts(second.app.get(DataSource))).toEqual(expected);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('migrate command', () => {
  it('runs, shows and reverts migrations on PostgreSQL', async () => {
    const db = await createTestDatabase();
    const env = { NODE_ENV: 'test', DATABASE_URL: db.url, LOG_LEVEL: 'silent' };
    try {
      expect(await migrate('show', env)).toEqual(['migrations are pending']);
      expect(await migrate('run', env)).toEqual(expected.migrations.map((m) => `applied ${m}`));
      expect(await migrate('run', env)).toEqual(['nothing to apply']);
      expect(await migrate('show', env)).toEqual(['the schema is up to date']);
      expect(await migrate('revert', env)).toEqual(['reverted the last migration']);
      expect(await migrate('show', env)).toEqual(['migrations are pending']);
    } finally {
      await db.drop();
    }
  });

  it('refuses an unknown command', async () => {
    await expect(migrate('drop-everything', {})).rejects.toThrow(
      'usage: migrate <run|revert|show>',
    );
  });
});
