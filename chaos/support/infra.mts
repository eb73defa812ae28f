// Private PostgreSQL, Redis and API processes for the fault suite: each on a free loopback
// port, in its own temporary folder, stopped and removed by `Scope.close()` whatever happens.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import getPort from 'get-port';

export const REPO = resolve(import.meta.dirname, '..', '..');
const MAIN = join(REPO, 'api', 'dist', 'api', 'src', 'main.js');

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A port of localhost that nothing listens on. */
export const freePort = (): Promise<number> => getPort({ host: '127.0.0.1' });

/** Polls `check` every `everyMs` until it returns true; fails with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
  everyMs = 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await Promise.resolve(check()).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** A child process with its output kept (for a failing test's message) and an exit promise. */
export class Child {
  output = '';
  readonly exited: Promise<number | null>;
  readonly proc: ChildProcess;
  constructor(proc: ChildProcess) {
    this.proc = proc;
    proc.stdout?.on('data', (c: Buffer) => (this.output += c.toString()));
    proc.stderr?.on('data', (c: Buffer) => (this.output += c.toString()));
    this.exited = new Promise((done) => proc.once('exit', (code) => done(code)));
  }
  get running(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }
  /** Sends `signal`, then SIGKILL after `graceMs`; resolves when the process is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.proc.kill(signal);
    const killer = setTimeout(() => this.proc.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(killer);
  }
}

/** Everything a test started, undone in reverse order. */
export class Scope {
  private readonly undo: (() => Promise<void> | void)[] = [];
  defer(step: () => Promise<void> | void): void {
    this.undo.push(step);
  }
  tempDir(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.defer(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }
  async close(): Promise<void> {
    const errors: unknown[] = [];
    for (const step of this.undo.reverse()) {
      try {
        await step();
      } catch (err) {
        errors.push(err);
      }
    }
    this.undo.length = 0;
    if (errors.length) throw new AggregateError(errors, 'cleaning up the fault suite');
  }
}

// ── PostgreSQL ────────────────────────────────────────────────────────────────

function postgresBin(name: string): string {
  const found = spawnSync(
    'sh',
    ['-c', `ls -d /usr/lib/postgresql/*/bin/${name} | sort -V | tail -1`],
    {
      encoding: 'utf8',
    },
  ).stdout.trim();
  if (!found) throw new Error(`${name} not found under /usr/lib/postgresql/*/bin`);
  return found;
}

/** initdb and postgres refuse to run as root: run them as the `postgres` user then. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

export class PrivatePostgres {
  private child: Child | undefined;
  readonly dir: string;
  readonly port: number;
  constructor(dir: string, port: number) {
    this.dir = dir;
    this.port = port;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async create(scope: Scope): Promise<PrivatePostgres> {
    const root = scope.tempDir('mdf-chaos-pg-');
    const user = runAs();
    if (user.uid !== undefined) chownSync(root, user.uid, user.gid!);
    chmodSync(root, 0o700);
    const dir = join(root, 'data');
    const init = spawnSync(
      postgresBin('initdb'),
      ['-D', dir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'],
      { ...user, encoding: 'utf8' },
    );
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}\n${init.stderr}`);
    const db = new PrivatePostgres(root, await freePort());
    scope.defer(() => db.stop());
    await db.start();
    return db;
  }

  async start(): Promise<void> {
    this.child = new Child(
      spawn(
        postgresBin('postgres'),
        [
          '-D',
          join(this.dir, 'data'),
          '-p',
          String(this.port),
          '-k',
          this.dir,
          '-c',
          'listen_addresses=127.0.0.1',
          '-c',
          'fsync=off',
          '-c',
          'max_connections=100',
        ],
        { ...runAs(), stdio: ['ignore', 'pipe', 'pipe'] },
      ),
    );
    await waitFor('PostgreSQL to accept connections', async () => {
      if (!this.child?.running) throw new Error(`postgres exited:\n${this.child?.output}`);
      const client = new pg.Client({ connectionString: this.url });
      try {
        await client.connect();
        await client.query('SELECT 1');
        return true;
      } finally {
        await client.end().catch(() => undefined);
      }
    });
  }

  /** Fast shutdown: open connections are cut, as when the database server goes away. */
  async stop(): Promise<void> {
    await this.child?.stop('SIGINT', 15_000);
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }
}

// ── Redis ─────────────────────────────────────────────────────────────────────

export class PrivateRedis {
  private child: Child | undefined;
  readonly port: number;
  constructor(port: number) {
    this.port = port;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async create(scope: Scope): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    scope.defer(() => redis.stop());
    await redis.start();
    return redis;
  }

  async start(): Promise<void> {
    this.child = new Child(
      spawn(
        'redis-server',
        [
          '--port',
          String(this.port),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          'no',
          '--daemonize',
          'no',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      ),
    );
    await waitFor('Redis to listen', () => {
      if (!this.child?.running) throw new Error(`redis-server exited:\n${this.child?.output}`);
      return this.child.output.includes('Ready to accept connections');
    });
  }

  async stop(): Promise<void> {
    await this.child?.stop('SIGTERM');
  }
}

// ── The API ───────────────────────────────────────────────────────────────────

export const SITE_KEY = 'site_demo_meubledefrance';

/** When api/dist was last written (0 when it is missing, e.g. in the middle of `nest build`). */
function buildTime(): number {
  try {
    return Math.max(statSync(MAIN).mtimeMs, statSync(join(dirname(MAIN), 'app.module.js')).mtimeMs);
  } catch {
    return 0;
  }
}

/** Waits until api/dist exists and has not changed for two seconds (no build in progress). */
async function stableBuild(): Promise<number> {
  await waitFor(
    `a complete build at ${MAIN} (run \`npm run build:api\`)`,
    () => {
      const time = buildTime();
      return time > 0 && Date.now() - time > 2_000;
    },
    60_000,
    500,
  );
  return buildTime();
}

export interface ApiOptions {
  database: PrivatePostgres;
  redis?: PrivateRedis;
  /** Shared by instances that must accept each other's tokens. */
  jwtSecret: string;
  /** PUBLIC_URL (the demo site's allowed origin): the same for every instance of a test. */
  publicUrl?: string;
  dataDir?: string;
  env?: Record<string, string>;
}

export class ApiInstance {
  readonly child: Child;
  readonly base: string;
  readonly origin: string;
  constructor(child: Child, base: string, origin: string) {
    this.child = child;
    this.base = base;
    this.origin = origin;
  }

  /**
   * Starts the built API and waits for /ready. A start that fails because api/dist was
   * rebuilt meanwhile (someone ran `npm run build:api`) is tried once more.
   */
  static async start(scope: Scope, options: ApiOptions): Promise<ApiInstance> {
    const built = await stableBuild();
    try {
      return await ApiInstance.startOnce(scope, options);
    } catch (err) {
      if (buildTime() === built) throw err;
      await stableBuild();
      return ApiInstance.startOnce(scope, options);
    }
  }

  private static async startOnce(scope: Scope, options: ApiOptions): Promise<ApiInstance> {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const origin = options.publicUrl ?? base;
    const dataDir = options.dataDir ?? scope.tempDir('mdf-chaos-api-');
    const child = new Child(
      spawn(process.execPath, [MAIN], {
        cwd: REPO,
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: String(port),
          PUBLIC_URL: origin,
          DATA_DIR: dataDir,
          LOG_LEVEL: 'info',
          SEED_DEMO_DATA: 'true',
          JWT_SECRET: options.jwtSecret,
          DATABASE_URL: options.database.url,
          DATABASE_CONNECT_RETRIES: '3',
          DATABASE_CONNECT_RETRY_DELAY_MS: '200',
          ...(options.redis ? { REDIS_URL: options.redis.url } : {}),
          // Every simulated customer comes from 127.0.0.1.
          RATE_LIMIT_PER_MINUTE: '1000000',
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    const api = new ApiInstance(child, base, origin);
    scope.defer(() => child.stop('SIGTERM'));
    try {
      await waitFor(
        'the API to answer /ready',
        async () => {
          if (!child.running) throw new Error(`The API exited at start:\n${child.output}`);
          return (await fetch(`${base}/ready`)).ok;
        },
        90_000,
        250,
      );
    } catch (err) {
      const ready = await fetch(`${base}/ready`).then(
        async (r) => `${r.status} ${await r.text()}`,
        (e: Error) => e.message,
      );
      await child.stop('SIGTERM', 2_000);
      throw new Error(`${(err as Error).message}\n/ready: ${ready}\n${child.output.slice(-4000)}`);
    }
    return api;
  }

  /** The API's JSON log lines. */
  logs(): Record<string, unknown>[] {
    return this.child.output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => {
        try {
          return JSON.parse(l) as Record<string, unknown>;
        } catch {
          return {};
        }
      });
  }

  async ready(): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${this.base}/ready`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
}

export const newSecret = (): string => randomBytes(32).toString('hex');
