#!/usr/bin/env node
// POST /api/v1/sav/analyze against GET /health on one API instance, 100 connections,
// loopback only, bounded in time. Prints throughput, p99 and the ratio to /health.
//
//   npm run bench:analyze            (builds first; embedded database unless DATABASE_URL is set)
//   BENCH_SECONDS=20 npm run bench:analyze
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { spawnApi } from './chat-api.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
// Alternating rounds of each route even out the noise of a shared machine.
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const port = Number(process.env.BENCH_PORT ?? 3931);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'mdf-bench-'));

const BENCH_ADMIN = {
  email: 'bench@meubledefrance.example',
  password: randomBytes(18).toString('base64url'),
};

/** An access token (15 min) for the analysis calls, as the console would send it. */
async function signIn() {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return (await res.json()).accessToken;
}

const api = spawnApi(port, dataDir, {
  ADMIN_EMAIL: BENCH_ADMIN.email,
  ADMIN_PASSWORD: BENCH_ADMIN.password,
});

async function waitReady() {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${base}/ready`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('API did not become ready');
}

/**
 * CPU time of the API's event-loop thread so far, in microseconds (Linux): what one request
 * costs that thread, whatever the load generator and the analysis workers take of the cores.
 */
const statFile = `/proc/${api.pid}/task/${api.pid}/stat`;
function mainThreadCpuUs() {
  if (!existsSync(statFile)) return undefined;
  const fields = readFileSync(statFile, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // utime + stime, in ticks of 10 ms
}

/** The p50 and p99 of a list of latencies (ms). */
function percentiles(latencies) {
  const sorted = Float64Array.from(latencies).sort();
  const at = (q) =>
    sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

/**
 * One autocannon run. Its latencies leave out the requests it wrote while still opening its
 * connections: each connection builds every request it will send (1,024 for the analysis)
 * before the next one opens, so the first request of the first connections waits up to a
 * second or two for the load generator itself to read the answer (autocannon's own histogram
 * counts them: a hundred requests of up to 2 s in every run, on a slow machine most of its
 * p99.9 and part of its p99).
 */
function run(opts) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let settingUp = 0;
    const instance = autocannon(
      { url: base, connections, duration: seconds, ...opts },
      (err, result) => {
        if (err) return reject(err);
        result.latency = { ...result.latency, ...percentiles(latencies) };
        result.settingUp = settingUp;
        resolve(result);
      },
    );
    // autocannon opens its connections before it returns.
    const opened = performance.now();
    instance.on('response', (_client, _status, _bytes, ms) => {
      if (performance.now() - ms < opened) settingUp += 1;
      else latencies.push(ms);
    });
  });
}

// Real claims in five languages (the detector's labelled corpus), each request a different
// one with its own dates, tier and value: the analysis never sees the same claim twice in a row.
// The requests are written once, before the run (each connection cycles through them): the
// load generator, which shares the machine, spends its time sending them, as for /health.
const { CLAIMS_CORPUS } = await import(join(root, 'api/test/fixtures/claims-corpus.ts'));
const TIERS = ['standard', 'silver', 'gold', 'vip'];
function claimBody(i) {
  const claim = CLAIMS_CORPUS[i % CLAIMS_CORPUS.length];
  const month = String((i % 12) + 1).padStart(2, '0');
  return JSON.stringify({
    description: claim.text,
    purchaseDate: `${2020 + (i % 6)}-${month}-15`,
    customerTier: TIERS[i % TIERS.length],
    previousClaims: i % 4,
    productValue: 300 + ((i * 137) % 3200),
  });
}

try {
  await waitReady();
  const accessToken = await signIn();
  const analyzeRequests = Array.from({ length: 1024 }, (_, i) => ({
    method: 'POST',
    path: '/api/v1/sav/analyze',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: claimBody(i),
  }));
  // Both routes warm up first (JIT, worker threads, caches): the rounds measure the steady state.
  await run({ url: `${base}/health`, duration: 2 });
  await run({ requests: analyzeRequests, duration: 2 });
  const measured = async (opts) => {
    const before = mainThreadCpuUs();
    const result = await run(opts);
    const after = mainThreadCpuUs();
    result.mainThreadUs =
      before === undefined ? undefined : (after - before) / result.requests.total;
    return result;
  };
  const healthRuns = [];
  const analyzeRuns = [];
  for (let r = 0; r < rounds; r++) {
    // The path goes in the URL: autocannon has no top-level `path` option.
    healthRuns.push(await measured({ url: `${base}/health` }));
    analyzeRuns.push(await measured({ requests: analyzeRequests }));
  }
  const merge = (runs) => ({
    requests: { average: runs.reduce((s, x) => s + x.requests.average, 0) / runs.length },
    latency: {
      p50: Number(Math.max(...runs.map((x) => x.latency.p50)).toFixed(1)),
      p99: Number(Math.max(...runs.map((x) => x.latency.p99)).toFixed(1)),
    },
    settingUp: runs.reduce((s, x) => s + x.settingUp, 0),
    errors: runs.reduce((s, x) => s + x.errors, 0),
    non2xx: runs.reduce((s, x) => s + x.non2xx, 0),
    mainThreadUs: runs.every((x) => x.mainThreadUs !== undefined)
      ? runs.reduce((s, x) => s + x.mainThreadUs, 0) / runs.length
      : undefined,
  });
  const health = merge(healthRuns);
  const analyze = merge(analyzeRuns);
  const ratio = analyze.requests.average / health.requests.average;
  const summary = {
    connections,
    seconds,
    rounds,
    health: {
      rps: health.requests.average,
      p50Ms: health.latency.p50,
      p99Ms: health.latency.p99,
      errors: health.errors + health.non2xx,
      mainThreadUsPerRequest: health.mainThreadUs,
    },
    analyze: {
      rps: analyze.requests.average,
      p50Ms: analyze.latency.p50,
      p99Ms: analyze.latency.p99,
      errors: analyze.errors + analyze.non2xx,
      mainThreadUsPerRequest: analyze.mainThreadUs,
      // Answers to requests written while the load generator opened its connections: not in p50/p99.
      setUpRequests: analyze.settingUp,
    },
    ratio: Number(ratio.toFixed(3)),
    // The same ratio from the event loop's CPU per request: what the machine's other threads
    // (load generator, analysis workers) cannot blur.
    cpuRatio:
      health.mainThreadUs && analyze.mainThreadUs
        ? Number((health.mainThreadUs / analyze.mainThreadUs).toFixed(3))
        : undefined,
    goals: { ratio: '>= 0.5', p99Ms: '< 50' },
    pass: ratio >= 0.5 && analyze.latency.p99 < 50 && analyze.errors + analyze.non2xx === 0,
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/analyze.json'), JSON.stringify(summary, null, 2));
  const cpu = (us) => (us === undefined ? '' : `  event loop ${us.toFixed(0)} µs/request`);
  console.log(
    `GET /health          ${summary.health.rps.toFixed(0)} req/s  p50 ${summary.health.p50Ms} ms  p99 ${summary.health.p99Ms} ms${cpu(summary.health.mainThreadUsPerRequest)}`,
  );
  console.log(
    `POST /sav/analyze    ${summary.analyze.rps.toFixed(0)} req/s  p50 ${summary.analyze.p50Ms} ms  p99 ${summary.analyze.p99Ms} ms${cpu(summary.analyze.mainThreadUsPerRequest)}  errors ${summary.analyze.errors}`,
  );
  if (summary.cpuRatio !== undefined)
    console.log(`event-loop CPU ratio ${summary.cpuRatio}  (health µs / analyze µs per request)`);
  console.log(
    `ratio analyze/health ${summary.ratio}  (goal ≥ 0.5; p99 goal < 50 ms) → ${summary.pass ? 'PASS' : 'FAIL'}`,
  );
  process.exitCode = summary.pass ? 0 : 1;
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
