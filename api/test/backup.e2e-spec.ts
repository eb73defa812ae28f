import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Client } from 'pg';
import { migrate } from '../src/cli/migrate';
import { runSeed } from '../src/cli/seed';
import { createTestDatabase } from './support/services';

const SCRIPTS = join(__dirname, '..', '..', 'deploy', 'backup');
/** Part of the password put in every DATABASE_URL; it must never reach the scripts' output. */
const SECRET = randomBytes(12).toString('hex');

type Database = Awaited<ReturnType<typeof createTestDatabase>>;
interface Run {
  status: number | null;
  stdout: string;
  output: string;
}
/** Per table of the public schema: row count and a checksum over every row; plus sequences. */
type Fingerprint = Record<string, { rows: number; checksum: string } | { lastValue: string }>;

/** The URL with a password (ignored by the trust-auth test server) that needs percent-encoding. */
function withPassword(url: string): string {
  const u = new URL(url);
  u.password = `${SECRET}@:/%`;
  return u.toString();
}

function run(script: 'backup.sh' | 'restore.sh', args: string[], env: Record<string, string>): Run {
  const r = spawnSync('bash', [join(SCRIPTS, script), ...args], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = `${r.stdout}${r.stderr}`;
  // Every run, passing or failing, is checked: the password never shows.
  expect(output).not.toContain(SECRET);
  expect(output).not.toContain(encodeURIComponent(`${SECRET}@`));
  return { status: r.status, stdout: r.stdout, output };
}

async function fingerprint(url: string): Promise<Fingerprint> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const result: Fingerprint = {};
    const tables = await c.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    for (const { name } of tables.rows) {
      const { rows } = await c.query<{ rows: number; checksum: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), ''))
           AS checksum FROM public."${name}" t`,
      );
      result[name] = rows[0];
    }
    const sequences = await c.query<{ name: string; last_value: string | null }>(
      "SELECT sequencename AS name, last_value FROM pg_sequences WHERE schemaname = 'public'",
    );
    for (const s of sequences.rows)
      result[`sequence ${s.name}`] = { lastValue: String(s.last_value) };
    return result;
  } finally {
    await c.end();
  }
}

function backupFiles(dir: string): string[] {
  return readdirSync(dir).sort();
}

describe('backup.sh and restore.sh (real PostgreSQL, the project schema and demo data)', () => {
  const databases: Database[] = [];
  const dirs: string[] = [];
  let source: Database;
  let original: Fingerprint;
  let work: string;
  let keyFile: string;
  let plainBackup: string;
  let encryptedBackup: string;

  const freshDatabase = async () => {
    const db = await createTestDatabase();
    databases.push(db);
    return db;
  };
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  const backup = (backupDir: string, env: Record<string, string> = {}) =>
    run('backup.sh', [], {
      DATABASE_URL: withPassword(source.url),
      BACKUP_DIR: backupDir,
      ...env,
    });
  const restore = (target: Database, args: string[], env: Record<string, string> = {}) =>
    run('restore.sh', args, { DATABASE_URL: withPassword(target.url), ...env });

  beforeAll(async () => {
    source = await freshDatabase();
    const env = { NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: source.url };
    await migrate('run', env);
    const seeded = await runSeed(env);
    expect(seeded.products).toBeGreaterThan(0);
    expect(seeded.orders).toBeGreaterThan(0);
    original = await fingerprint(source.url);
    work = tempDir('mdf-backup-');
    keyFile = join(work, 'backup.key');
    writeFileSync(keyFile, randomBytes(48).toString('base64'), { mode: 0o600 });
  });

  afterAll(async () => {
    for (const db of databases) await db.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('starts from a database whose tables hold rows, so the comparisons mean something', () => {
    const filled = Object.entries(original).filter(([, f]) => 'rows' in f && f.rows > 0);
    expect(filled.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'schema_migrations',
        'product',
        'faq_entry',
        'customer',
        'customer_order',
        'order_line',
        'widget_site',
      ]),
    );
  });

  it('writes a compressed custom-format dump with its checksum, and restores it identically', async () => {
    const dir = tempDir('mdf-backup-plain-');
    const r = backup(dir);
    expect(r.status).toBe(0);
    plainBackup = r.stdout.trim();
    expect(basename(plainBackup)).toMatch(/^mdf-\d{8}T\d{6}Z\.dump$/);
    expect(backupFiles(dir)).toEqual([basename(plainBackup), `${basename(plainBackup)}.sha256`]);
    expect(readFileSync(plainBackup).subarray(0, 5).toString()).toBe('PGDMP');
    expect(readFileSync(`${plainBackup}.sha256`, 'utf8')).toMatch(
      new RegExp(`^[0-9a-f]{64}  ${basename(plainBackup)}\\n$`),
    );
    expect(r.output).toContain('postgres:***@');
    expect(r.output).toContain('uploads: S3_BUCKET is not set, skipping');

    const target = await freshDatabase();
    expect(restore(target, [plainBackup]).status).toBe(0);
    expect(await fingerprint(target.url)).toEqual(original);
  });

  it('encrypts with the key file, and restores only with it', async () => {
    const dir = tempDir('mdf-backup-enc-');
    const r = backup(dir, { BACKUP_ENCRYPTION_KEY_FILE: keyFile });
    expect(r.status).toBe(0);
    encryptedBackup = r.stdout.trim();
    expect(basename(encryptedBackup)).toMatch(/^mdf-\d{8}T\d{6}Z\.dump\.enc$/);
    expect(backupFiles(dir)).toEqual([
      basename(encryptedBackup),
      `${basename(encryptedBackup)}.sha256`,
    ]);
    expect(readFileSync(encryptedBackup).subarray(0, 8).toString()).toBe('Salted__');

    const target = await freshDatabase();
    const empty = await fingerprint(target.url);
    const noKey = restore(target, [encryptedBackup]);
    expect(noKey.status).not.toBe(0);
    expect(noKey.output).toContain('BACKUP_ENCRYPTION_KEY_FILE must name the key file');
    const wrongKey = join(work, 'wrong.key');
    writeFileSync(wrongKey, 'not the key', { mode: 0o600 });
    const bad = restore(target, [encryptedBackup], { BACKUP_ENCRYPTION_KEY_FILE: wrongKey });
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('nothing restored');
    expect(await fingerprint(target.url)).toEqual(empty);

    const ok = restore(target, [encryptedBackup], { BACKUP_ENCRYPTION_KEY_FILE: keyFile });
    expect(ok.status).toBe(0);
    expect(await fingerprint(target.url)).toEqual(original);
  });

  it('refuses a non-empty database without --yes, and a tampered backup even with it, changing nothing', async () => {
    const target = await freshDatabase();
    const c = new Client({ connectionString: target.url });
    await c.connect();
    await c.query("CREATE TABLE keep_me (note text); INSERT INTO keep_me VALUES ('untouched')");
    await c.end();
    const before = await fingerprint(target.url);

    const notEmpty = restore(target, [plainBackup]);
    expect(notEmpty.status).not.toBe(0);
    expect(notEmpty.output).toContain('is not empty');
    expect(notEmpty.output).toContain('--yes');
    expect(await fingerprint(target.url)).toEqual(before);

    for (const good of [plainBackup, encryptedBackup]) {
      const tampered = join(tempDir('mdf-backup-tampered-'), basename(good));
      copyFileSync(good, tampered);
      copyFileSync(`${good}.sha256`, `${tampered}.sha256`);
      const bytes = readFileSync(tampered);
      bytes[Math.floor(bytes.length / 2)] ^= 0xff;
      writeFileSync(tampered, bytes);

      const r = restore(target, ['--yes', tampered], { BACKUP_ENCRYPTION_KEY_FILE: keyFile });
      expect(r.status).not.toBe(0);
      expect(r.output).toContain('checksum mismatch');
      expect(await fingerprint(target.url)).toEqual(before);
    }

    const missingSum = join(tempDir('mdf-backup-nosum-'), basename(plainBackup));
    copyFileSync(plainBackup, missingSum);
    const unverifiable = restore(target, ['--yes', missingSum]);
    expect(unverifiable.status).not.toBe(0);
    expect(unverifiable.output).toContain('.sha256 is missing');
    expect(await fingerprint(target.url)).toEqual(before);

    // With --yes the backup's objects replace their namesakes; others stay.
    expect(restore(target, ['--yes', plainBackup]).status).toBe(0);
    expect(await fingerprint(target.url)).toEqual({ ...original, keep_me: before.keep_me });
  });

  it('deletes backups older than BACKUP_RETENTION_DAYS with their checksums, keeping the newest', async () => {
    const dir = tempDir('mdf-backup-retention-');
    const touch = (name: string, age: string) => {
      writeFileSync(join(dir, name), 'old');
      expect(spawnSync('touch', ['-d', age, join(dir, name)]).status).toBe(0);
    };
    for (const [name, age] of [
      ['mdf-20260101T000000Z.dump', '30 days ago'],
      ['mdf-20260101T000000Z.dump.sha256', '30 days ago'],
      ['mdf-20260110T000000Z.dump.enc', '20 days ago'],
      ['mdf-20260110T000000Z.dump.enc.sha256', '20 days ago'],
      ['mdf-20260126T000000Z.dump', '3 days ago'],
      ['mdf-20260126T000000Z.dump.sha256', '3 days ago'],
      ['notes.txt', '60 days ago'],
    ]) {
      touch(name, age);
    }

    const first = backup(dir);
    expect(first.status).toBe(0);
    const newest = basename(first.stdout.trim());
    expect(backupFiles(dir)).toEqual(
      [
        'mdf-20260126T000000Z.dump',
        'mdf-20260126T000000Z.dump.sha256',
        newest,
        `${newest}.sha256`,
        'notes.txt',
      ].sort(),
    );
    expect(first.output).toContain('retention: deleted mdf-20260101T000000Z.dump');

    // Zero days: everything before this run goes, and only the backup it writes stays.
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a new second, a new name
    const second = backup(dir, { BACKUP_RETENTION_DAYS: '0' });
    expect(second.status).toBe(0);
    const latest = basename(second.stdout.trim());
    expect(latest).not.toBe(newest);
    expect(backupFiles(dir)).toEqual([latest, `${latest}.sha256`, 'notes.txt']);
  });

  it('fails without leaving a partial file, and without printing the password', () => {
    const dir = tempDir('mdf-backup-fail-');
    const u = new URL(source.url);
    u.pathname = '/mdf_no_such_database';
    const variants: Record<string, string>[] = [{}, { BACKUP_ENCRYPTION_KEY_FILE: keyFile }];
    for (const env of variants) {
      const r = run('backup.sh', [], {
        DATABASE_URL: withPassword(u.toString()),
        BACKUP_DIR: dir,
        ...env,
      });
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.output).toContain('postgres:***@');
      expect(backupFiles(dir)).toEqual([]);
    }
    expect(existsSync(dir)).toBe(true);
  });
});
