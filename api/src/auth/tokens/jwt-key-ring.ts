import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../../config';

export interface JwtKey {
  id: string;
  secret: string;
}

/**
 * The keys that sign and verify tokens. The current key signs (its id goes in
 * the `kid` header); previous keys only verify, so a key can be rotated
 * without logging everyone out.
 */
export class JwtKeyRing {
  /**
   * Secrets as KeyObjects: given a string, the JWT library would build one on
   * every verification, a measurable share of each authenticated request.
   */
  private readonly byId: Map<string, KeyObject>;
  readonly currentKey: KeyObject;

  constructor(
    readonly current: JwtKey,
    previous: JwtKey[] = [],
  ) {
    this.byId = new Map(
      [...previous, current].map((k) => [k.id, createSecretKey(Buffer.from(k.secret, 'utf8'))]),
    );
    this.currentKey = this.byId.get(current.id) as KeyObject;
  }

  secretFor(keyId: unknown): KeyObject | undefined {
    return typeof keyId === 'string' ? this.byId.get(keyId) : undefined;
  }

  /**
   * From configuration. Outside production a missing secret is generated:
   * kept in the data directory in development (tokens survive a restart),
   * in memory for tests.
   */
  static fromConfig(config: AppConfig): JwtKeyRing {
    const configured = config.auth.jwtKey;
    if (configured) return new JwtKeyRing(configured, config.auth.previousJwtKeys);
    if (config.isProduction) throw new Error('JWT_SECRET is required in production');
    const secret =
      config.env === 'test' ? randomBytes(32).toString('base64url') : localSecret(config.dataDir);
    return new JwtKeyRing({ id: 'local', secret }, config.auth.previousJwtKeys);
  }
}

function localSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(48).toString('base64url');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    new Logger('Auth').warn(
      `JWT_SECRET is not set: generated a signing key in ${file} (set JWT_SECRET in production)`,
    );
    return secret;
  }
}
