#!/usr/bin/env node
// What the API adds to a language model's answer, streamed to the widget. A local fake
// OpenAI-compatible server answers every chat completion with the same reply: its first
// sentence after FIRST_MS, then one chunk every CHUNK_MS. The built API is pointed at it
// (loopback only, bounded in time) and customers send turns with Accept: text/event-stream.
//
// Baseline, measured in the same run: the fake server called directly (time to its first
// chunk and to its last). Reported: the latency the API adds to the first streamed delta and
// to the end of the turn (p50, p99), and the completion tokens per second passed through.
// Goal: less than 20 ms added to the first delta (checked at p50 and at p99).
//
//   npm run bench:llm            (builds first; embedded database unless DATABASE_URL is set)
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, startChatApi } from './chat-api.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const sessionsWanted = Number(process.env.BENCH_SESSIONS ?? 20);
const port = Number(process.env.BENCH_PORT ?? 3952);
const FIRST_MS = 200;
const CHUNK_MS = 10;
const GOAL_MS = 20;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The reply the fake model streams: one sentence first, then a word per chunk. */
const FIRST = 'Bonjour et bienvenue chez Meuble de France ! ';
const REST = 'Je suis là pour vous aider à trouver le meuble idéal ou à suivre votre commande .'
  .split(' ')
  .map((w) => `${w} `);
const COMPLETION_TOKENS = 1 + REST.length;

const fake = createServer(async (req, res) => {
  for await (const chunk of req) void chunk;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const chunk = (delta, finish = null) =>
    res.write(
      `data: ${JSON.stringify({ id: 'bench', object: 'chat.completion.chunk', created: 0, model: 'bench', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`,
    );
  await sleep(FIRST_MS);
  chunk({ role: 'assistant', content: FIRST });
  for (const piece of REST) {
    await sleep(CHUNK_MS);
    chunk({ content: piece });
  }
  chunk({}, 'stop');
  res.write(
    `data: ${JSON.stringify({ id: 'bench', object: 'chat.completion.chunk', created: 0, model: 'bench', choices: [], usage: { prompt_tokens: 800, completion_tokens: COMPLETION_TOKENS, total_tokens: 800 + COMPLETION_TOKENS } })}\n\n`,
  );
  res.end('data: [DONE]\n\n');
});
await new Promise((r) => fake.listen(0, '127.0.0.1', r));
const fakeUrl = `http://127.0.0.1:${fake.address().port}`;

/** Reads a streamed body; returns the times (ms from `start`) of the first `marker` and of the end. */
async function timed(res, start, marker) {
  const reader = res.body.getReader();
  let text = '';
  let first;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += Buffer.from(value).toString('utf8');
    if (first === undefined && text.includes(marker)) first = performance.now() - start;
  }
  return { first, end: performance.now() - start, text };
}

/** The fake model called directly: what a turn would take with no API in between. */
async function directCall() {
  const start = performance.now();
  const res = await fetch(`${fakeUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'bench', stream: true, messages: [] }),
  });
  return timed(res, start, 'data: {');
}

async function turn(session) {
  const start = performance.now();
  const res = await fetch(`${base}/api/v1/chat/sessions/${session.sessionId}/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: `Bearer ${session.token}`,
    },
    // As the widget sends every message: with an id of its own, for resends.
    body: JSON.stringify({ text: 'Bonjour', clientMessageId: randomUUID() }),
  });
  const t = await timed(res, start, 'event: delta');
  if (!t.text.includes(FIRST.trim())) throw new Error('the reply did not come from the model');
  return t;
}

const pct = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const round = (x) => Number(x.toFixed(1));

const { base, openSession, stop } = await startChatApi(port, {
  OPENAI_API_KEY: 'sk-bench-local-fake-server',
  OPENAI_BASE_URL: `${fakeUrl}/v1`,
  OPENAI_MAX_RETRIES: '0',
  // The budget would otherwise stop the model in the middle of the run.
  LLM_BUDGET_PER_CONVERSATION_EUR: '1000',
  LLM_BUDGET_PER_DAY_EUR: '100000',
});
try {
  const sessions = [];
  for (let i = 0; i < sessionsWanted; i++) sessions.push(await openSession());
  // Warm-up, outside the measurement: each session's first turn (its state is not cached
  // yet), and the proof that the model's words reach the widget.
  for (const s of sessions) await turn(s);
  const direct = [];
  const api = [];
  const end = performance.now() + seconds * 1000;
  // Each session in turn: a direct call to the fake model, then a turn through the API.
  await Promise.all(
    sessions.map(async (s, i) => {
      // Customers do not all press Enter in the same millisecond.
      await sleep((i * (FIRST_MS * 2)) / sessions.length);
      while (performance.now() < end) {
        direct.push(await directCall());
        api.push(await turn(s));
      }
    }),
  );
  const d = { first: direct.map((x) => x.first), end: direct.map((x) => x.end) };
  const a = { first: api.map((x) => x.first), end: api.map((x) => x.end) };
  const added = {
    firstDeltaP50Ms: round(pct(a.first, 0.5) - pct(d.first, 0.5)),
    firstDeltaP99Ms: round(pct(a.first, 0.99) - pct(d.first, 0.99)),
    endP50Ms: round(pct(a.end, 0.5) - pct(d.end, 0.5)),
    endP99Ms: round(pct(a.end, 0.99) - pct(d.end, 0.99)),
  };
  const streamingMs = pct(a.end, 0.5) - pct(a.first, 0.5);
  const summary = {
    sessions: sessions.length,
    seconds,
    turns: api.length,
    fake: { firstChunkMs: FIRST_MS, chunkMs: CHUNK_MS, completionTokens: COMPLETION_TOKENS },
    direct: { firstP50Ms: round(pct(d.first, 0.5)), endP50Ms: round(pct(d.end, 0.5)) },
    api: { firstDeltaP50Ms: round(pct(a.first, 0.5)), endP50Ms: round(pct(a.end, 0.5)) },
    added,
    tokensPerSecondPerTurn: round((COMPLETION_TOKENS / streamingMs) * 1000),
    tokensPerSecondOverall: round((api.length * COMPLETION_TOKENS) / seconds),
    goal: { addedFirstDeltaMs: GOAL_MS },
    verdict: {
      p50: added.firstDeltaP50Ms < GOAL_MS ? 'PASS' : 'FAIL',
      p99: added.firstDeltaP99Ms < GOAL_MS ? 'PASS' : 'FAIL',
    },
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/llm.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`${summary.turns} streamed turns, ${sessions.length} sessions, ${seconds} s`);
  console.log(
    `fake model direct: first chunk p50 ${summary.direct.firstP50Ms} ms, end p50 ${summary.direct.endP50Ms} ms`,
  );
  console.log(
    `through the API:   first delta p50 ${summary.api.firstDeltaP50Ms} ms, end p50 ${summary.api.endP50Ms} ms`,
  );
  console.log(
    `added: first delta p50 ${added.firstDeltaP50Ms} ms, p99 ${added.firstDeltaP99Ms} ms; end p50 ${added.endP50Ms} ms, p99 ${added.endP99Ms} ms`,
  );
  console.log(
    `tokens passed through: ${summary.tokensPerSecondPerTurn}/s per turn, ${summary.tokensPerSecondOverall}/s overall`,
  );
  console.log(
    `added to the first delta < ${GOAL_MS} ms: p50 ${summary.verdict.p50}, p99 ${summary.verdict.p99}`,
  );
  process.exitCode = Object.values(summary.verdict).every((v) => v === 'PASS') ? 0 : 1;
} finally {
  await stop();
  fake.close();
}
