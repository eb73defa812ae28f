import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigValidationError, loadConfig } from '.';
import { readSecretFiles, SECRET_SETTINGS } from './secret-files';

describe('settings read from files', () => {
  let dir: string;
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mdf-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes a secret from the file its _FILE variable names, without the final line break', () => {
    const secret = 'a-signing-secret-read-from-a-mounted-file';
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET_FILE: file('jwt', `${secret}\n`),
      DATABASE_URL_FILE: file('db', 'postgres://mdf:pw@db:5432/mdf\n'),
    });

    expect(config.auth.jwtKey?.secret).toBe(secret);
    expect(config.database.url).toBe('postgres://mdf:pw@db:5432/mdf');
  });

  it('validates the file content like the variable itself', () => {
    expect(() =>
      loadConfig({ REDIS_URL_FILE: file('redis', 'http://not-redis.example\n') }),
    ).toThrow(/REDIS_URL/);
  });

  it('refuses a variable and its file together, a missing file and an empty one, naming the variable only', () => {
    const secret = 'the-content-must-never-be-shown-anywhere';
    let error: ConfigValidationError | undefined;
    try {
      loadConfig({
        ADMIN_PASSWORD: 'Given-Twice-Password-2026',
        ADMIN_PASSWORD_FILE: file('admin', secret),
        OPENAI_API_KEY_FILE: join(dir, 'missing'),
        METRICS_TOKEN_FILE: file('metrics', '\n'),
      });
    } catch (err) {
      error = err as ConfigValidationError;
    }

    expect(error).toBeInstanceOf(ConfigValidationError);
    expect(error?.problems).toEqual(
      expect.arrayContaining([
        { variable: 'ADMIN_PASSWORD_FILE', message: 'cannot be set together with ADMIN_PASSWORD' },
        { variable: 'OPENAI_API_KEY_FILE', message: 'cannot be read (ENOENT)' },
        { variable: 'METRICS_TOKEN_FILE', message: 'names an empty file' },
      ]),
    );
    expect(error?.message).not.toContain(secret);
    expect(error?.message).not.toContain('Given-Twice');
  });

  it('leaves other variables alone and ignores an empty _FILE', () => {
    const { env, problems } = readSecretFiles(
      { PORT: '3000', JWT_SECRET_FILE: '', OTHER_FILE: '/etc/passwd' },
      () => {
        throw new Error('nothing should be read');
      },
    );
    expect(problems).toEqual([]);
    expect(env).toEqual({ PORT: '3000', OTHER_FILE: '/etc/passwd' });
  });

  it('covers every credential the API takes', () => {
    expect([...SECRET_SETTINGS].sort()).toEqual(
      [
        'ADMIN_PASSWORD',
        'DATABASE_URL',
        'JWT_PREVIOUS_KEYS',
        'JWT_SECRET',
        'METRICS_TOKEN',
        'OPENAI_API_KEY',
        'REDIS_URL',
        'S3_ACCESS_KEY_ID',
        'S3_SECRET_ACCESS_KEY',
        'SMTP_URL',
      ].sort(),
    );
  });
});
