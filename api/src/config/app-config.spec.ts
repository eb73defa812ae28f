import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ConfigValidationError, envSchema, loadConfig } from '.';

describe('loadConfig', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const config = loadConfig({}, { cwd: '/srv/app', repoRoot: '/srv/app' });
    expect(config.env).toBe('development');
    expect(config.http).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      bodyLimit: '1mb',
      corsOrigins: ['http://localhost:3000'],
      trustProxy: false,
    });
    expect(config.dataDir).toBe('/srv/app/data');
    expect(config.database.url).toBeUndefined();
    expect(config.database.migrationsRun).toBe(true);
    expect(config.redis.url).toBeUndefined();
    expect(config.swagger.enabled).toBe(true);
    expect(config.log.level).toBe('debug');
    expect(config.web.distDir).toBe('/srv/app/web/dist/console/browser');
  });

  it('reads every variable it documents', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        HOST: '0.0.0.0',
        PORT: '8080',
        PUBLIC_URL: 'https://sav.meubledefrance.example/',
        DATA_DIR: '/var/lib/mdf',
        LOG_LEVEL: 'warn',
        DATABASE_URL: 'postgres://mdf:pw@db:5432/mdf',
        DATABASE_POOL_SIZE: '20',
        DATABASE_STATEMENT_TIMEOUT_MS: '5000',
        DATABASE_CONNECT_RETRIES: '3',
        DATABASE_CONNECT_RETRY_DELAY_MS: '250',
        DATABASE_SSL: 'true',
        MIGRATIONS_RUN: 'false',
        REDIS_URL: 'redis://cache:6379/0',
        REDIS_KEY_PREFIX: 'prod:',
        CORS_ORIGINS: 'https://www.meubledefrance.example, https://shop.meubledefrance.example',
        BODY_LIMIT: '512KB',
        SWAGGER_ENABLED: 'true',
        METRICS_TOKEN: 'a'.repeat(32),
        TRUST_PROXY: '2',
        SHUTDOWN_TIMEOUT_MS: '15000',
        WEB_DIST_DIR: '/srv/web',
        JWT_SECRET: 's'.repeat(40),
        JWT_KEY_ID: '2026-11',
        JWT_PREVIOUS_KEYS: `2026-05:${'p'.repeat(40)}`,
        ADMIN_EMAIL: 'Root@MeubleDeFrance.example',
        ADMIN_PASSWORD: 'Un-Long-Mot-De-Passe-Solide',
        RATE_LIMIT_PER_MINUTE: '300',
        LOGIN_RATE_LIMIT_PER_MINUTE: '10',
      },
      { cwd: '/' },
    );
    expect(config.isProduction).toBe(true);
    expect(config.http).toEqual({
      host: '0.0.0.0',
      port: 8080,
      publicUrl: 'https://sav.meubledefrance.example',
      bodyLimit: '512kb',
      corsOrigins: ['https://www.meubledefrance.example', 'https://shop.meubledefrance.example'],
      trustProxy: 2,
      shutdownTimeoutMs: 15_000,
    });
    expect(config.database).toEqual({
      url: 'postgres://mdf:pw@db:5432/mdf',
      poolSize: 20,
      statementTimeoutMs: 5000,
      connectRetries: 3,
      connectRetryDelayMs: 250,
      ssl: 'true',
      migrationsRun: false,
    });
    expect(config.redis).toEqual({ url: 'redis://cache:6379/0', keyPrefix: 'prod:' });
    expect(config.swagger.enabled).toBe(true);
    expect(config.metrics.token).toBe('a'.repeat(32));
    expect(config.log.level).toBe('warn');
    expect(config.web.distDir).toBe('/srv/web');
    expect(config.auth).toEqual({
      jwtKey: { id: '2026-11', secret: 's'.repeat(40) },
      previousJwtKeys: [{ id: '2026-05', secret: 'p'.repeat(40) }],
      admin: { email: 'root@meubledefrance.example', password: 'Un-Long-Mot-De-Passe-Solide' },
    });
    expect(config.rateLimit).toEqual({ perMinute: 300, loginPerMinute: 10 });
  });

  it('requires a signing key in production, and both halves of the first administrator', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: is required/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'root@example.com' })).toThrow(
      /ADMIN_PASSWORD: ADMIN_EMAIL and ADMIN_PASSWORD go together/,
    );
    expect(() => loadConfig({ JWT_PREVIOUS_KEYS: 'old:short' })).toThrow(/JWT_PREVIOUS_KEYS/);
    expect(() => loadConfig({ JWT_SECRET: 'too-short' })).toThrow(/JWT_SECRET/);
  });

  it('turns Swagger off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).swagger.enabled).toBe(
      false,
    );
    expect(loadConfig({ NODE_ENV: 'test' }).swagger.enabled).toBe(true);
  });

  it.each([
    ['true', true],
    ['false', false],
    ['loopback', 'loopback'],
    ['10.0.0.0/8, 127.0.0.1', '10.0.0.0/8, 127.0.0.1'],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).http.trustProxy).toEqual(expected);
  });

  it('names every bad variable in one message, without echoing values', () => {
    const attempt = () =>
      loadConfig({
        NODE_ENV: 'staging',
        PORT: 'eighty',
        DATABASE_URL: 'mysql://root:TopSecret42@db/mdf',
        REDIS_URL: 'http://cache',
        CORS_ORIGINS: 'https://ok.example,not-an-origin',
        MIGRATIONS_RUN: 'maybe',
        METRICS_TOKEN: 'short',
        BODY_LIMIT: 'lots',
      });
    expect(attempt).toThrow(ConfigValidationError);
    let error: ConfigValidationError | undefined;
    try {
      attempt();
    } catch (e) {
      error = e as ConfigValidationError;
    }
    const variables = error?.problems.map((p) => p.variable).sort();
    expect(variables).toEqual(
      [
        'BODY_LIMIT',
        'CORS_ORIGINS',
        'DATABASE_URL',
        'METRICS_TOKEN',
        'MIGRATIONS_RUN',
        'NODE_ENV',
        'PORT',
        'REDIS_URL',
      ].sort(),
    );
    expect(error?.message).toMatch(/^Invalid configuration \(8 problems\):/);
    expect(error?.message).toContain('  - PORT: must be an integer from 0 to 65535');
    expect(error?.message).toContain(
      '  - DATABASE_URL: must be a URL starting with postgres:// or postgresql://',
    );
    expect(error?.message).not.toContain('TopSecret42');
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: must be an integer from 0 to 65535/);
  });

  it('sizes the analysis workers after the cores unless told a number', () => {
    const auto = Math.min(2, availableParallelism() - 1);
    expect(loadConfig({}).analysis.workers).toBe(auto);
    expect(loadConfig({ ANALYSIS_WORKERS: 'auto' }).analysis.workers).toBe(auto);
    expect(loadConfig({ ANALYSIS_WORKERS: '0' }).analysis.workers).toBe(0);
    expect(loadConfig({ ANALYSIS_WORKERS: '16' }).analysis.workers).toBe(16);
    for (const wrong of ['17', '-1', '1.5', 'two', 'AUTO']) {
      expect(() => loadConfig({ ANALYSIS_WORKERS: wrong })).toThrow(
        /ANALYSIS_WORKERS: must be auto or an integer from 0 to 16/,
      );
    }
  });
});

describe('.env.example', () => {
  const example = readFileSync(join(__dirname, '..', '..', '..', '.env.example'), 'utf8');
  const lines = example.split('\n');
  const documented = lines
    .map((line) => /^#?\s*([A-Z][A-Z0-9_]+)=/.exec(line)?.[1])
    .filter((key): key is string => Boolean(key));

  it('lists exactly the variables the configuration reads', () => {
    expect([...documented].sort()).toEqual(Object.keys(envSchema.shape).sort());
  });

  it('explains each variable with a comment above it', () => {
    for (const key of documented) {
      const index = lines.findIndex((line) => new RegExp(`^#?\\s*${key}=`).test(line));
      expect(lines[index - 1]).toMatch(/^#\s+\S/);
    }
  });

  it('is itself a valid configuration', () => {
    const values = Object.fromEntries(
      lines
        .filter((line) => /^[A-Z][A-Z0-9_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(() => loadConfig(values)).not.toThrow();
  });
});
