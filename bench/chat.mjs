#!/usr/bin/env node
// Customer chat turns (POST /api/v1/chat/sessions/:id/messages) against GET /health on one
// API instance, loopback only, bounded in time. 200 chat sessions of the demo site; each
// autocannon connection is one session (its own Bearer token, its turns in order), sending a
// rotating mix of French product searches, FAQ questions and greetings.
//
// Two figures:
//   saturation  every connection sends its next turn as soon as the last is answered:
//               throughput, p50/p99 and the ratio to /health (mostly measures queueing);
//   realistic   the 200 customers write, read the answer and think 1–3 s before the next
//               message (about 100 turns/s in all): the latency a customer actually sees.
// Goals (p50 < 15 ms, p99 < 100 ms, no error) are checked on the realistic run: 200 concurrent
// conversations. The saturated figures give capacity and the ratio to /health; their latency is
// time spent queueing behind 200 requests always in flight.
//
//   npm run bench:chat            (builds first; embedded database unless DATABASE_URL is set)
//   BENCH_SECONDS=20 npm run bench:chat
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, startChatApi } from './chat-api.mjs';
import autocannon from 'autocannon';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const sessionsWanted = Number(process.env.BENCH_SESSIONS ?? 200);
const port = Number(process.env.BENCH_PORT ?? 3951);
const GOALS = { p50Ms: 15, p99Ms: 100 };

/** What customers write first, most of the time: searches, questions, hellos. */
const TURNS = [
  'Bonjour',
  'Je cherche un canapé d’angle gris en tissu, moins de 1500 euros',
  'Quels sont les délais de livraison ?',
  'Avez-vous une table basse en chêne massif ?',
  'Comment entretenir un canapé en cuir ?',
  'Je voudrais un lit 160x200 avec rangement',
  'Bonsoir, vous êtes là ?',
  'Quelle est la durée de la garantie sur un fauteuil relax ?',
  'Je cherche une chaise de salle à manger blanche, lot de 4',
  'Puis-je payer en plusieurs fois ?',
  'Merci beaucoup !',
  'Un buffet scandinave de moins de 180 cm de large ?',
  'Comment retourner un article qui ne me plaît pas ?',
  'Salut, je cherche un meuble TV noir',
];

/** One customer turn outside the measurement: proves the route answers as the contract says. */
async function probeTurn(session) {
  const res = await fetch(`${base}/api/v1/chat/sessions/${session.sessionId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ text: 'Bonjour', clientMessageId: randomUUID() }),
  });
  const body = await res.json().catch(() => ({}));
  return { status: res.status, ok: res.ok && 'reply' in body && 'state' in body };
}

function run(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ url: base, connections: sessionsWanted, duration: seconds, ...opts }, (err, r) =>
      err ? reject(err) : resolve(r),
    );
  });
}

/** Each connection takes the next session and keeps it: one customer per connection. */
function turnsOf(sessions) {
  let next = 0;
  return (client) => {
    const i = next++;
    const s = sessions[i % sessions.length];
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${s.token}` };
    client.setRequests(
      TURNS.map((_, k) => ({
        method: 'POST',
        path: `/api/v1/chat/sessions/${s.sessionId}/messages`,
        headers,
        // Sessions start at different points of the mix, so every kind of turn runs at once.
        // No clientMessageId: autocannon sends these same bodies again, which would be resends.
        body: JSON.stringify({ text: TURNS[(i + k) % TURNS.length] }),
      })),
    );
  };
}

/**
 * Customers as they really write: each session sends a turn, reads the answer, then
 * thinks for 1 to 3 s (2 s on average) before the next one; sessions start at random
 * moments, so arrivals are spread (autocannon's overallRate fires every connection in
 * the same instant each second, a burst no chat sees). Latency of every turn is kept.
 */
async function customers(sessions, durationS) {
  const latencies = [];
  let errors = 0;
  const end = performance.now() + durationS * 1000;
  // A fixed pseudo-random sequence: runs are comparable with one another.
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  await Promise.all(
    sessions.map(async (s, i) => {
      await sleep(random() * 2000);
      for (let k = 0; performance.now() < end; k++) {
        const started = performance.now();
        try {
          const res = await fetch(`${base}/api/v1/chat/sessions/${s.sessionId}/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
            body: JSON.stringify({
              text: TURNS[(i + k) % TURNS.length],
              clientMessageId: randomUUID(),
            }),
          });
          await res.arrayBuffer();
          if (res.ok) latencies.push(performance.now() - started);
          else errors++;
        } catch {
          errors++;
        }
        await sleep(1000 + random() * 2000);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q) =>
    Number(
      (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1),
    );
  return {
    rps: latencies.length / durationS,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    errors,
    turns: latencies.length,
  };
}

const verdict = (f) => ({
  p50: f.p50Ms < GOALS.p50Ms ? 'PASS' : 'FAIL',
  p99: f.p99Ms < GOALS.p99Ms ? 'PASS' : 'FAIL',
  errors: f.errors === 0 ? 'PASS' : 'FAIL',
});

const { base, openSession, stop } = await startChatApi(port);
try {
  const probe = await probeTurn(await openSession());
  if (!probe.ok) {
    console.error(
      `POST /api/v1/chat/sessions/:id/messages answered ${probe.status} without {message, reply, state}: nothing to measure`,
    );
    process.exitCode = 2;
  } else {
    const sessions = [];
    // Opened ten at a time, as customers arriving: not part of the measurement.
    for (let i = 0; i < sessionsWanted; i += 10) {
      const batch = Math.min(10, sessionsWanted - i);
      sessions.push(...(await Promise.all(Array.from({ length: batch }, openSession))));
    }
    await run({ url: `${base}/health`, duration: 2 }); // warm-up
    const healthRuns = [];
    const chatRuns = [];
    for (let r = 0; r < rounds; r++) {
      // The path goes in the URL: autocannon has no top-level `path` option.
      healthRuns.push(await run({ url: `${base}/health` }));
      chatRuns.push(await run({ setupClient: turnsOf(sessions) }));
    }
    // Requests of the saturated rounds still queued in the API would land on the first
    // customers' turns: let them drain first.
    await new Promise((r) => setTimeout(r, 3000));
    const realistic = await customers(sessions, Math.max(seconds, 10));
    const mean = (runs, pick) => runs.reduce((s, x) => s + pick(x), 0) / runs.length;
    const worst = (runs, pick) => Math.max(...runs.map(pick));
    const merge = (runs) => ({
      rps: mean(runs, (x) => x.requests.average),
      // Latencies of the rounds are not pooled: the worst round is reported, as in analyze.mjs.
      p50Ms: worst(runs, (x) => x.latency.p50),
      p99Ms: worst(runs, (x) => x.latency.p99),
      errors: runs.reduce((s, x) => s + x.errors + x.timeouts + x.non2xx, 0),
    });
    const health = merge(healthRuns);
    const chat = merge(chatRuns);
    const calm = realistic;
    const summary = {
      sessions: sessions.length,
      seconds,
      rounds,
      health,
      saturation: { ...chat, ratioToHealth: Number((chat.rps / health.rps).toFixed(3)) },
      realistic: { sessions: sessions.length, meanThinkSeconds: 2, ...calm },
      goals: GOALS,
      // The goals are a customer's latency; saturation measures capacity (its latency is queueing).
      verdict: { realistic: verdict(calm) },
    };
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/chat.json'), `${JSON.stringify(summary, null, 2)}\n`);
    const line = (name, f) =>
      `${name.padEnd(26)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  errors ${f.errors}`;
    console.log(line('GET /health', health));
    console.log(line(`chat turns, saturated`, chat));
    console.log(line(`chat turns, ${sessions.length} customers`, calm));
    console.log(`ratio turns/health ${summary.saturation.ratioToHealth}`);
    for (const [name, v] of Object.entries(summary.verdict)) {
      console.log(
        `${name.padEnd(10)} p50 < ${GOALS.p50Ms} ms: ${v.p50}   p99 < ${GOALS.p99Ms} ms: ${v.p99}   no errors: ${v.errors}`,
      );
    }
    const all = Object.values(summary.verdict).flatMap((v) => Object.values(v));
    process.exitCode = all.every((x) => x === 'PASS') ? 0 : 1;
  }
} finally {
  await stop();
}
