#!/usr/bin/env node
// The whole system under a realistic mixed load, then the retailer's capacity target.
//
// Run by `npm run bench:system`, inside deploy/nginx/e2e.sh: two API processes of the build
// (production mode) on one PostgreSQL database and one Redis key prefix, behind the
// distribution's nginx with the shipped HTTPS configuration, all on loopback.
//
// 1. Mixed load through nginx (HTTPS, HTTP/1.1 keep-alive), BENCH_SECONDS (30):
//    - BENCH_SESSIONS (500) widget customers chatting with the built-in engine: a turn, then
//      BENCH_THINK_MS ("5000-15000") to read the answer and type the next message;
//    - BENCH_AGENTS (20) agents listing the ticket queue and opening tickets, 0.5–1.5 s apart;
//    - BENCH_PARTNERS (10) partner systems searching the catalog and pushing orders,
//      0.2–0.6 s apart.
//    Reported per route family: requests, throughput, p50/p95/p99, errors; each API
//    process's resident memory (peak, sampled every 500 ms).
// 2. Capacity of each route family: each saturated alone for BENCH_SATURATION_SECONDS (5)
//    with 100 connections through nginx, against GET /health (a bare NestJS route, through
//    the same nginx) in the same run: the ratio of each family to /health.
// 3. Open event streams on one API process: BENCH_STREAMS (10,000) widget sessions each
//    holding GET /chat/sessions/:id/events open while 200 of them chat (same pace);
//    reported: the process's memory per open stream and the chat p99.
// Both measured phases also report this process's own event-loop delay, which every latency
// it measures includes.
//
// Goals: no error, p99 < 50 ms for every family but chat turns, chat turn p99 < 100 ms, API
// RSS < 250 MB per process. Results go to bench/results/system.json.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import https from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
if (!env.E2E_HTTPS_PORT) {
  console.error('bench/system.mjs runs inside the stack: npm run bench:system');
  process.exit(2);
}
const seconds = Number(env.BENCH_SECONDS ?? 30);
const saturationSeconds = Number(env.BENCH_SATURATION_SECONDS ?? 5);
const sessionsWanted = Number(env.BENCH_SESSIONS ?? 500);
const agentsWanted = Number(env.BENCH_AGENTS ?? 20);
const partnersWanted = Number(env.BENCH_PARTNERS ?? 10);
const streamsWanted = Number(env.BENCH_STREAMS ?? 10_000);
const streamChatters = Number(env.BENCH_STREAM_CHATTERS ?? 200);
const streamSeconds = Number(env.BENCH_STREAM_SECONDS ?? 30);
const [thinkMin, thinkMax] = (env.BENCH_THINK_MS ?? '5000-15000').split('-').map(Number);
const GOALS = { p99Ms: 50, chatP99Ms: 100, rssMb: 250 };

const base = `https://localhost:${env.E2E_HTTPS_PORT}`;
const [apiPort1] = env.E2E_API_PORTS.split(' ');
const direct = `http://127.0.0.1:${apiPort1}`;
const apiPids = [env.E2E_API1_PID, env.E2E_API2_PID];
const SITE_KEY = 'site_demo_meubledefrance';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// A fixed pseudo-random sequence: runs are comparable with one another.
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (xs) => xs[Math.floor(random() * xs.length)];

// One keep-alive pool per origin, big enough for every simulated client.
const agents = {
  https: new https.Agent({ keepAlive: true, maxSockets: 2_000 }),
  http: new http.Agent({ keepAlive: true, maxSockets: 20_000 }),
};

/** One request; resolves with status, parsed body and the time it took (ms). */
function request(url, { method = 'GET', headers = {}, body } = {}) {
  const u = new URL(url);
  const lib = u.protocol === 'https:' ? https : http;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const started = performance.now();
    const req = lib.request(
      u,
      {
        method,
        agent: u.protocol === 'https:' ? agents.https : agents.http,
        headers: {
          accept: 'application/json',
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode, body: json, ms: performance.now() - started });
        });
        res.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(payload);
  });
}

async function must(promise, what) {
  const res = await promise;
  if (res.status < 200 || res.status >= 300) {
    throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)?.slice(0, 300)}`);
  }
  return res.body;
}

// ---------------------------------------------------------------------------------------
// Set-up: staff, partner key, orders and tickets, customers' sessions

const adminPassword = readFileSync(env.E2E_ADMIN_PASSWORD_FILE, 'utf8');
const login = (email, password) =>
  must(
    request(`${base}/api/v1/auth/login`, { method: 'POST', body: { email, password } }),
    'sign-in',
  );
const admin = (await login(env.E2E_ADMIN_EMAIL, adminPassword)).accessToken;
const adminAuth = { authorization: `Bearer ${admin}` };
const agentPassword = `Bench-${randomBytes(9).toString('base64url')}-9a`;
await must(
  request(`${base}/api/v1/users`, {
    method: 'POST',
    headers: adminAuth,
    body: {
      email: 'bench-agent@meubledefrance.example',
      name: 'Agent de charge',
      role: 'agent',
      password: agentPassword,
    },
  }),
  'creating the agent',
);
const agentAuth = {
  authorization: `Bearer ${(await login('bench-agent@meubledefrance.example', agentPassword)).accessToken}`,
};
const partnerKey = (
  await must(
    request(`${base}/api/v1/api-keys`, {
      method: 'POST',
      headers: adminAuth,
      body: {
        name: 'Order system (bench)',
        scopes: ['products:read', 'orders:write', 'tickets:write'],
      },
    }),
    'creating the partner key',
  )
).key;
const partnerAuth = { 'x-api-key': partnerKey };

const SKUS = ['CAN-OSLO-3P-GRI', 'CAN-OSLO-2P-BLE', 'CAN-MILANO-3P-CUIR-NOI'];
let orderCounter = 0;
function orderBody(i) {
  return {
    customer: {
      email: `client${i}@bench.example`,
      firstName: 'Client',
      lastName: `N${i}`,
      tier: pick(['standard', 'silver', 'gold', 'vip']),
    },
    postcode: '69003',
    purchaseDate: '2026-09-10',
    deliveryDate: '2026-09-20',
    lines: [{ sku: pick(SKUS), quantity: 1, unitPrice: 899 + (i % 7) * 100 }],
  };
}
const orderNumber = (i) => `CMD-2026-${String(900_000 + i).padStart(6, '0')}`;
const CLAIMS = [
  "Le pied avant gauche du canapé s'est cassé net, on ne peut plus s'asseoir.",
  'Le mécanisme relax est bloqué en position ouverte depuis hier.',
  'Une tache est apparue sur l’assise après deux semaines.',
  'Livré avec le carton abîmé et une vis manquante, montage impossible !',
];
const references = [];
for (let i = 0; i < 40; i++) {
  const n = orderCounter++;
  await must(
    request(`${base}/api/v1/orders/${orderNumber(n)}`, {
      method: 'PUT',
      headers: partnerAuth,
      body: orderBody(n),
    }),
    'pushing an order',
  );
  const ticket = await must(
    request(`${base}/api/v1/tickets`, {
      method: 'POST',
      headers: partnerAuth,
      body: {
        description: CLAIMS[i % CLAIMS.length],
        orderNumber: orderNumber(n),
        customer: { email: `client${n}@bench.example` },
      },
    }),
    'opening a ticket',
  );
  references.push(ticket.reference);
}

/** A widget customer's session, opened from the retailer's page (its origin). */
async function openSession(origin = base, url = base) {
  return must(
    request(`${url}/api/v1/chat/sessions`, {
      method: 'POST',
      headers: { origin },
      body: { siteKey: SITE_KEY, locale: 'fr' },
    }),
    'opening a chat session',
  );
}

// ---------------------------------------------------------------------------------------
// Measurement helpers

function family() {
  return { latencies: [], errors: 0, statuses: {} };
}
function record(f, res) {
  if (res.status >= 200 && res.status < 300) f.latencies.push(res.ms);
  else {
    f.errors++;
    f.statuses[res.status] = (f.statuses[res.status] ?? 0) + 1;
  }
}
function summarise(f, durationS) {
  const xs = [...f.latencies].sort((a, b) => a - b);
  const at = (q) =>
    Number((xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0).toFixed(1));
  return {
    requests: xs.length + f.errors,
    rps: Number((xs.length / durationS).toFixed(1)),
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    errors: f.errors,
    ...(f.errors ? { errorStatuses: f.statuses } : {}),
  };
}

function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
    return kb / 1024;
  } catch {
    return 0;
  }
}
/** An instance's V8 heap, read from its /metrics: what of the resident memory is heap. */
async function heapMb(port) {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const mb = (name) =>
      Number(
        (Number(new RegExp(`^${name} ([\\d.e+]+)`, 'm').exec(text)?.[1] ?? NaN) / 1048576).toFixed(
          1,
        ),
      );
    return {
      heapUsedMb: mb('nodejs_heap_size_used_bytes'),
      heapTotalMb: mb('nodejs_heap_size_total_bytes'),
      externalMb: mb('nodejs_external_memory_bytes'),
    };
  } catch {
    return undefined;
  }
}

/**
 * This process's own event-loop delay while it measures: a latency it reports includes the
 * time its loop was busy elsewhere (with 10,000 open streams to read, say). The histogram
 * times its 10 ms sampling timer; what is beyond those 10 ms is the delay.
 */
function loopDelay() {
  const resolutionMs = 10;
  const h = monitorEventLoopDelay({ resolution: resolutionMs });
  h.enable();
  return () => {
    h.disable();
    const ms = (ns) => Number(Math.max(0, ns / 1e6 - resolutionMs).toFixed(1));
    return { p50Ms: ms(h.percentile(50)), p99Ms: ms(h.percentile(99)), maxMs: ms(h.max) };
  };
}

function sampleMemory(pids) {
  const peak = pids.map(() => 0);
  const timer = setInterval(() => {
    pids.forEach((pid, i) => (peak[i] = Math.max(peak[i], rssMb(pid))));
  }, 500);
  return () => {
    clearInterval(timer);
    return peak.map((mb) => Number(mb.toFixed(1)));
  };
}

const TURNS = [
  'Bonjour',
  'Je cherche un canapé d’angle gris en tissu, moins de 1500 euros',
  'Quels sont les délais de livraison ?',
  'Avez-vous une table basse en chêne massif ?',
  'Comment entretenir un canapé en cuir ?',
  'Je voudrais un lit 160x200 avec rangement',
  'Quelle est la durée de la garantie sur un fauteuil relax ?',
  'Puis-je payer en plusieurs fois ?',
  'Merci beaucoup !',
];
const SEARCHES = [
  'canape cuir noir',
  'table chene',
  'fauteuil relax',
  'lit rangement',
  'chaise blanche',
  'buffet scandinave',
];

/** Customers chatting: a turn, then the time to read the answer and type the next one. */
async function chatter(session, f, end, url = base, i = 0) {
  await sleep(random() * thinkMax);
  const headers = { authorization: `Bearer ${session.token}` };
  for (let k = i; performance.now() < end; k++) {
    record(
      f,
      await request(`${url}/api/v1/chat/sessions/${session.sessionId}/messages`, {
        method: 'POST',
        headers,
        body: { text: TURNS[k % TURNS.length], clientMessageId: randomUUID() },
      }),
    );
    await sleep(thinkMin + random() * (thinkMax - thinkMin));
  }
}

async function agent(fList, fOpen, end) {
  await sleep(random() * 1000);
  while (performance.now() < end) {
    const page = 1 + Math.floor(random() * 2);
    record(
      fList,
      await request(`${base}/api/v1/tickets?page=${page}&pageSize=20`, { headers: agentAuth }),
    );
    await sleep(500 + random() * 1000);
    record(
      fOpen,
      await request(`${base}/api/v1/tickets/${pick(references)}`, { headers: agentAuth }),
    );
    await sleep(500 + random() * 1000);
  }
}

async function partner(fSearch, fOrders, end) {
  await sleep(random() * 500);
  while (performance.now() < end) {
    const q = encodeURIComponent(pick(SEARCHES));
    record(
      fSearch,
      await request(`${base}/api/v1/products?q=${q}&maxPrice=2000`, { headers: partnerAuth }),
    );
    await sleep(200 + random() * 400);
    const n = orderCounter++;
    record(
      fOrders,
      await request(`${base}/api/v1/orders/${orderNumber(n)}`, {
        method: 'PUT',
        headers: partnerAuth,
        body: orderBody(n),
      }),
    );
    await sleep(200 + random() * 400);
  }
}

function saturate(opts) {
  return new Promise((resolve, reject) =>
    autocannon({ connections: 100, duration: saturationSeconds, ...opts }, (err, r) =>
      err ? reject(err) : resolve(r),
    ),
  );
}

// ---------------------------------------------------------------------------------------
// 1. Mixed load

console.log(`opening ${sessionsWanted} widget sessions…`);
const sessions = [];
for (let i = 0; i < sessionsWanted; i += 50) {
  const n = Math.min(50, sessionsWanted - i);
  sessions.push(...(await Promise.all(Array.from({ length: n }, () => openSession()))));
}
// Every session's first turn, outside the measurement (its state is not cached yet).
for (let i = 0; i < sessions.length; i += 50) {
  await Promise.all(
    sessions.slice(i, i + 50).map((s) =>
      request(`${base}/api/v1/chat/sessions/${s.sessionId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${s.token}` },
        body: { text: 'Bonjour', clientMessageId: randomUUID() },
      }),
    ),
  );
}

console.log(
  `mixed load: ${sessions.length} customers, ${agentsWanted} agents, ${partnersWanted} partners, ${seconds} s…`,
);
const f = {
  chat: family(),
  ticketList: family(),
  ticketOpen: family(),
  productSearch: family(),
  orderPush: family(),
};
const stopSampling = sampleMemory(apiPids);
const mixedLoopDelay = loopDelay();
const end = performance.now() + seconds * 1000;
await Promise.all([
  ...sessions.map((s, i) => chatter(s, f.chat, end, base, i)),
  ...Array.from({ length: agentsWanted }, () => agent(f.ticketList, f.ticketOpen, end)),
  ...Array.from({ length: partnersWanted }, () => partner(f.productSearch, f.orderPush, end)),
]);
const peakRss = stopSampling();
const generatorDelayMixed = mixedLoopDelay();
const heapAfterMixed = await Promise.all(env.E2E_API_PORTS.split(' ').map((port) => heapMb(port)));
const mixed = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, summarise(v, seconds)]));

// ---------------------------------------------------------------------------------------
// 2. Capacity of each family against /health, through the same nginx

console.log('capacity of each route family against GET /health…');
await sleep(2000);
let turnSession = 0;
const capacity = {};
const runs = {
  health: { url: `${base}/health` },
  chat: {
    url: base,
    setupClient: (client) => {
      const s = sessions[turnSession++ % sessions.length];
      client.setRequests(
        TURNS.map((text) => ({
          method: 'POST',
          path: `/api/v1/chat/sessions/${s.sessionId}/messages`,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
          body: JSON.stringify({ text }),
        })),
      );
    },
  },
  ticketList: { url: `${base}/api/v1/tickets?page=1&pageSize=20`, headers: agentAuth },
  ticketOpen: {
    url: base,
    requests: references
      .slice(0, 10)
      .map((r) => ({ method: 'GET', path: `/api/v1/tickets/${r}`, headers: agentAuth })),
  },
  productSearch: {
    url: base,
    requests: SEARCHES.map((q) => ({
      method: 'GET',
      path: `/api/v1/products?q=${encodeURIComponent(q)}&maxPrice=2000`,
      headers: partnerAuth,
    })),
  },
  orderPush: {
    url: base,
    requests: [
      {
        method: 'PUT',
        setupRequest: (req) => {
          const n = orderCounter++;
          return {
            ...req,
            path: `/api/v1/orders/${orderNumber(n)}`,
            headers: { 'content-type': 'application/json', ...partnerAuth },
            body: JSON.stringify(orderBody(n)),
          };
        },
      },
    ],
  },
};
for (const [name, opts] of Object.entries(runs)) {
  const r = await saturate(opts);
  capacity[name] = {
    rps: Math.round(r.requests.average),
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}
for (const name of Object.keys(capacity)) {
  capacity[name].ratioToHealth = Number((capacity[name].rps / capacity.health.rps).toFixed(3));
}

// ---------------------------------------------------------------------------------------
// 3. Open event streams on one API process

console.log(`${streamsWanted} open event streams on one API process, ${streamChatters} chatting…`);
await sleep(2000);
const idleRss = rssMb(apiPids[0]);
const streamSessions = [];
const directOrigin = `http://127.0.0.1:${apiPort1}`;
for (let i = 0; i < streamsWanted; i += 200) {
  const n = Math.min(200, streamsWanted - i);
  streamSessions.push(
    ...(await Promise.all(Array.from({ length: n }, () => openSession(base, direct)))),
  );
}
const open = [];
let streamErrors = 0;
function holdStream(s) {
  return new Promise((resolve) => {
    const req = http.get(
      `${direct}/api/v1/chat/sessions/${s.sessionId}/events`,
      {
        agent: false,
        headers: {
          accept: 'text/event-stream',
          authorization: `Bearer ${s.token}`,
          origin: directOrigin,
        },
      },
      (res) => {
        if (res.statusCode !== 200) {
          streamErrors++;
          res.resume();
          return resolve();
        }
        res.on('data', () => {});
        res.on('error', () => {});
        open.push(req);
        resolve();
      },
    );
    req.on('error', () => {
      streamErrors++;
      resolve();
    });
  });
}
for (let i = 0; i < streamSessions.length; i += 500) {
  await Promise.all(streamSessions.slice(i, i + 500).map(holdStream));
}
await sleep(3000);
const streamsRss = rssMb(apiPids[0]);
const streamChat = family();
const streamEnd = performance.now() + streamSeconds * 1000;
const stopStreamSampling = sampleMemory([apiPids[0]]);
const streamsLoopDelay = loopDelay();
await Promise.all(
  streamSessions
    .slice(0, streamChatters)
    .map((s, i) => chatter(s, streamChat, streamEnd, direct, i)),
);
const [streamPeakRss] = stopStreamSampling();
const generatorDelayStreams = streamsLoopDelay();
const stillOpen = open.filter(
  (req) => !req.destroyed && req.socket && !req.socket.destroyed,
).length;
for (const req of open) req.destroy();

const streams = {
  opened: open.length,
  stillOpenAtEnd: stillOpen,
  errors: streamErrors,
  rssIdleMb: Number(idleRss.toFixed(1)),
  rssWithStreamsMb: Number(streamsRss.toFixed(1)),
  rssPeakWhileChattingMb: streamPeakRss,
  kbPerOpenStream: Number((((streamsRss - idleRss) * 1024) / Math.max(1, open.length)).toFixed(1)),
  chat: summarise(streamChat, streamSeconds),
};

// ---------------------------------------------------------------------------------------
// Report

const nonAi = ['ticketList', 'ticketOpen', 'productSearch', 'orderPush'];
const totalErrors =
  Object.values(mixed).reduce((s, x) => s + x.errors, 0) + streams.errors + streams.chat.errors;
const verdict = {
  noErrors: totalErrors === 0 ? 'PASS' : 'FAIL',
  nonAiP99: nonAi.every((k) => mixed[k].p99Ms < GOALS.p99Ms) ? 'PASS' : 'FAIL',
  chatP99: mixed.chat.p99Ms < GOALS.chatP99Ms ? 'PASS' : 'FAIL',
  rss: peakRss.every((mb) => mb < GOALS.rssMb) ? 'PASS' : 'FAIL',
  streamsChatP99: streams.chat.p99Ms < GOALS.chatP99Ms ? 'PASS' : 'FAIL',
  streamsHeld:
    streams.opened === streamsWanted && streams.stillOpenAtEnd === streamsWanted ? 'PASS' : 'FAIL',
};
const summary = {
  setup: {
    apiProcesses: 2,
    proxy: 'nginx, HTTPS (HTTP/1.1 keep-alive)',
    database: 'PostgreSQL',
    sharedState: 'Redis',
  },
  mixed: {
    seconds,
    thinkMs: [thinkMin, thinkMax],
    customers: sessions.length,
    agents: agentsWanted,
    partners: partnersWanted,
    families: mixed,
    apiPeakRssMb: peakRss,
    apiHeapAfterMixed: heapAfterMixed,
    generatorLoopDelay: generatorDelayMixed,
  },
  capacity: { seconds: saturationSeconds, connections: 100, ...capacity },
  streams: { ...streams, generatorLoopDelay: generatorDelayStreams },
  goals: GOALS,
  verdict,
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/system.json'), `${JSON.stringify(summary, null, 2)}\n`);

const delay = (d) => `p50 ${d.p50Ms} ms, p99 ${d.p99Ms} ms, max ${d.maxMs} ms`;
const row = (name, x) =>
  `  ${name.padEnd(16)} ${String(x.requests).padStart(7)} req ${String(x.rps).padStart(8)} req/s  p50 ${x.p50Ms} ms  p95 ${x.p95Ms} ms  p99 ${x.p99Ms} ms  errors ${x.errors}`;
console.log(`\nmixed load, ${seconds} s (two API processes behind nginx):`);
for (const [name, x] of Object.entries(mixed)) console.log(row(name, x));
console.log(`  API peak RSS     ${peakRss.map((mb) => `${mb} MB`).join(', ')}`);
console.log(
  `  API heap after   ${heapAfterMixed
    .map((h) =>
      h ? `${h.heapUsedMb}/${h.heapTotalMb} MB used/reserved, ${h.externalMb} MB external` : '?',
    )
    .join('; ')}`,
);
console.log(`  load generator's own event-loop delay: ${delay(generatorDelayMixed)}`);
console.log(`\ncapacity, each family alone (100 connections, ${saturationSeconds} s):`);
for (const [name, x] of Object.entries(capacity)) {
  console.log(
    `  ${name.padEnd(16)} ${String(x.rps).padStart(7)} req/s  p99 ${x.p99Ms} ms  ratio to /health ${x.ratioToHealth}  errors ${x.errors}`,
  );
}
console.log(`\nopen event streams on one API process:`);
console.log(
  `  ${streams.opened} opened (${streams.stillOpenAtEnd} still open at the end), errors ${streams.errors}; RSS ${streams.rssIdleMb} → ${streams.rssWithStreamsMb} MB (${streams.kbPerOpenStream} KB per stream), peak ${streams.rssPeakWhileChattingMb} MB`,
);
console.log(row(`chat (${streamChatters})`, streams.chat));
console.log(`  load generator's own event-loop delay: ${delay(generatorDelayStreams)}`);
console.log('');
for (const [name, v] of Object.entries(verdict)) console.log(`  ${name.padEnd(16)} ${v}`);
process.exitCode = Object.values(verdict).every((v) => v === 'PASS') ? 0 : 1;
agents.http.destroy();
agents.https.destroy();
