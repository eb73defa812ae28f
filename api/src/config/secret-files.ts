import { readFileSync } from 'node:fs';

/**
 * Settings that may come from a file instead (`JWT_SECRET_FILE=/run/secrets/jwt_secret`),
 * as Docker and Kubernetes secrets are mounted: the value stays out of the environment,
 * where `docker inspect` and crash reports would show it.
 */
export const SECRET_SETTINGS = [
  'JWT_SECRET',
  'JWT_PREVIOUS_KEYS',
  'DATABASE_URL',
  'REDIS_URL',
  'ADMIN_PASSWORD',
  'METRICS_TOKEN',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'OPENAI_API_KEY',
  'SMTP_URL',
] as const;

type Env = Record<string, string | undefined>;

/**
 * The environment with each `<NAME>_FILE` replaced by the file's content as `<NAME>` (one
 * trailing line break removed). Problems name the variable, never the content.
 */
export function readSecretFiles(
  env: Env,
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): { env: Env; problems: { variable: string; message: string }[] } {
  const out: Env = { ...env };
  const problems: { variable: string; message: string }[] = [];
  for (const name of SECRET_SETTINGS) {
    const fileVariable = `${name}_FILE`;
    const path = env[fileVariable];
    delete out[fileVariable];
    if (path === undefined || path === '') continue;
    if (env[name] !== undefined && env[name] !== '') {
      problems.push({ variable: fileVariable, message: `cannot be set together with ${name}` });
      continue;
    }
    let content: string;
    try {
      content = read(path).replace(/\r?\n$/, '');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
      problems.push({ variable: fileVariable, message: `cannot be read (${code})` });
      continue;
    }
    if (content.length === 0) {
      problems.push({ variable: fileVariable, message: 'names an empty file' });
      continue;
    }
    out[name] = content;
  }
  return { env: out, problems };
}
