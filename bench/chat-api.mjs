// The built API as the chat benchmarks run it: production mode on loopback with demo data
// (the demo widget site), its own data folder, and a rate limit that never refuses (every
// session comes from one IP).
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SITE_KEY = 'site_demo_meubledefrance';

/**
 * Spawns the built API as every benchmark runs it: the V8 flags of `npm start` and of the image
 * (BENCH_NODE_ARGS adds some, `--cpu-prof` to profile it), production mode on loopback with
 * demo data, its own data folder, warnings only (BENCH_API_STDOUT shows them), and a rate limit
 * that counts every request but never refuses (one IP, one account send them all).
 */
export function spawnApi(port, dataDir, env = {}) {
  const nodeArgs = [
    ...readFileSync(join(root, 'deploy/node-flags'), 'utf8').split(/\s+/),
    ...(process.env.BENCH_NODE_ARGS ?? '').split(' '),
  ];
  const main = join(root, 'api/dist/api/src/main.js');
  return spawn(process.execPath, [...nodeArgs.filter(Boolean), main], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'true',
      JWT_SECRET: randomBytes(32).toString('hex'),
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    },
    stdio: ['ignore', process.env.BENCH_API_STDOUT ? 'inherit' : 'ignore', 'inherit'],
  });
}

/** Starts `api/dist` on 127.0.0.1:port with `env` added; resolves once /ready answers. */
export async function startChatApi(port, env = {}) {
  const base = `http://127.0.0.1:${port}`;
  // An origin the demo site allows (seed: demoSiteOrigins, the API's own port on loopback).
  const origin = base;
  const dataDir = mkdtempSync(join(tmpdir(), 'mdf-bench-'));
  const child = spawnApi(port, dataDir, env);
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  };
  const openSession = async () => {
    const res = await fetch(`${base}/api/v1/chat/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ siteKey: SITE_KEY, locale: 'fr' }),
    });
    if (!res.ok) throw new Error(`opening a chat session: ${res.status} ${await res.text()}`);
    return res.json();
  };
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/ready`)).ok) return { base, openSession, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error('API did not become ready');
}
