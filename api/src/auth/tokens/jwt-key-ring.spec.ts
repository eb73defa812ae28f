import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config';
import { JwtKeyRing } from './jwt-key-ring';

describe('JwtKeyRing', () => {
  it('signs with the configured key and still verifies with the previous ones', () => {
    const ring = JwtKeyRing.fromConfig(
      loadConfig({
        JWT_SECRET: 'c'.repeat(32),
        JWT_KEY_ID: 'new',
        JWT_PREVIOUS_KEYS: `old:${'o'.repeat(32)}`,
      }),
    );
    expect(ring.current).toEqual({ id: 'new', secret: 'c'.repeat(32) });
    expect(ring.secretFor('old')?.export().toString()).toBe('o'.repeat(32));
    expect(ring.currentKey.export().toString()).toBe('c'.repeat(32));
    expect(ring.secretFor('other')).toBeUndefined();
    expect(ring.secretFor(undefined)).toBeUndefined();
    expect(ring.secretFor({ toString: () => 'new' })).toBeUndefined();
  });

  it('keeps a generated development key in the data directory across restarts', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mdf-keys-'));
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const first = JwtKeyRing.fromConfig(config);
    const second = JwtKeyRing.fromConfig(config);
    expect(first.current.secret.length).toBeGreaterThanOrEqual(32);
    expect(second.current).toEqual(first.current);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(first.current.secret);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('generates a fresh in-memory key for each test application', () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    expect(JwtKeyRing.fromConfig(config).current.secret).not.toBe(
      JwtKeyRing.fromConfig(config).current.secret,
    );
  });
});
