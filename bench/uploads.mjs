#!/usr/bin/env node
// Memory of one API instance while 20 customers upload a 20 MB video each, at once.
// Uploads stream to disk and on to storage: the resident set should stay near its idle
// size, not grow by the 400 MB sent. Prints idle, peak and after RSS and the ratio
// peak / idle; exits 1 when the peak grows by more than 150 MB or an upload fails.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.BENCH_PORT ?? 3941);
const files = Number(process.env.BENCH_FILES ?? 20);
const megabytes = Number(process.env.BENCH_FILE_MB ?? 20);
const base = `http://127.0.0.1:${port}`;
const origin = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'mdf-bench-uploads-'));

const api = spawn(process.execPath, [join(root, 'api/dist/api/src/main.js')], {
  env: {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO_DATA: 'true',
    RATE_LIMIT_PER_MINUTE: '100000',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

const rssMb = () => {
  const status = readFileSync(`/proc/${api.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
};

async function waitReady() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/ready`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('API did not become ready');
}

/** An MP4 by its `ftyp` box, then random media data (videos are stored as sent). */
function mp4(bytes) {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftypisom', 4, 'latin1');
  ftyp.writeUInt32BE(0x200, 12);
  ftyp.write('isomiso2', 16, 'latin1');
  const mdat = Buffer.alloc(8);
  mdat.writeUInt32BE(bytes - 24, 0);
  mdat.write('mdat', 4, 'latin1');
  return Buffer.concat([ftyp, mdat, randomBytes(bytes - 32)]);
}

async function openSession() {
  const res = await fetch(`${base}/api/v1/chat/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ siteKey: 'site_demo_meubledefrance' }),
  });
  if (!res.ok) throw new Error(`session: ${res.status}`);
  return res.json();
}

try {
  await waitReady();
  const sessions = await Promise.all(Array.from({ length: files }, openSession));
  const video = new Blob([mp4(megabytes * 1024 * 1024)], { type: 'video/mp4' });
  await new Promise((r) => setTimeout(r, 1000));
  const idle = rssMb();
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
  const started = performance.now();
  const answers = await Promise.all(
    sessions.map(async (s) => {
      const form = new FormData();
      form.append('file', video, 'video.mp4');
      const res = await fetch(`${base}/api/v1/uploads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${s.token}` },
        body: form,
      });
      return res.status;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await new Promise((r) => setTimeout(r, 1000));
  const after = rssMb();
  const failed = answers.filter((s) => s !== 201).length;
  const growth = peak - idle;
  const result = {
    files,
    fileMb: megabytes,
    seconds: Number(seconds.toFixed(2)),
    rssMb: { idle: Math.round(idle), peak: Math.round(peak), after: Math.round(after) },
    ratioPeakToIdle: Number((peak / idle).toFixed(2)),
    failed,
    pass: failed === 0 && growth < 150,
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/uploads.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `${files} × ${megabytes} MB uploaded at once in ${result.seconds} s (${failed} failed)\n` +
      `RSS idle ${result.rssMb.idle} MB, peak ${result.rssMb.peak} MB, after ${result.rssMb.after} MB` +
      ` → peak/idle ${result.ratioPeakToIdle} (${result.pass ? 'PASS' : 'FAIL'}: growth must stay under 150 MB)`,
  );
  process.exitCode = result.pass ? 0 : 1;
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
