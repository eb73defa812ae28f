// Case 4: the language model times out, fails (500) and refuses (429). Every customer turn is
// still answered (the built-in engine's reply), the reply is stored, and llm_usage records
// each failed call.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
  type Accepted,
  BROWSING_TURNS,
  newTally,
  openSession,
  sendTurn,
} from './support/customer.mts';
import { assertNothingHalfWritten, assertTurnsStored } from './support/checks.mts';
import { FakeLlm, type LlmMode, MODEL_SENTENCE } from './support/fake-llm.mts';
import { ApiInstance, newSecret, PrivatePostgres, PrivateRedis, Scope } from './support/infra.mts';
import { report } from './support/report.mts';

const scope = new Scope();
after(() => scope.close());

const SESSIONS_PER_MODE = 4;
const MODES: LlmMode[] = ['answer', 'timeout', 'error', 'rate-limit'];

test('every turn is answered and stored whatever the language model does, and llm_usage records it', async () => {
  const started = Date.now();
  const llm = new FakeLlm();
  await llm.start();
  scope.defer(() => llm.stop());
  const db = await PrivatePostgres.create(scope);
  const redis = await PrivateRedis.create(scope);
  const api = await ApiInstance.start(scope, {
    database: db,
    redis,
    jwtSecret: newSecret(),
    env: {
      OPENAI_API_KEY: 'sk-chaos-local-fake-server',
      OPENAI_BASE_URL: llm.url,
      OPENAI_TIMEOUT_MS: '500',
      OPENAI_MAX_RETRIES: '1',
      // Every call reaches the fake server, so each failure is its own llm_usage row.
      LLM_BREAKER_VOLUME: '10000',
      LLM_BUDGET_PER_CONVERSATION_EUR: '1000',
      LLM_BUDGET_PER_DAY_EUR: '100000',
    },
  });

  const tally = newTally();
  const figures: Record<string, unknown> = {};
  const allAccepted: Accepted[] = [];
  for (const mode of MODES) {
    llm.mode = mode;
    const accepted: Accepted[] = [];
    const texts: string[] = [];
    const sessions = await Promise.all(
      Array.from({ length: SESSIONS_PER_MODE }, () => openSession([api], tally)),
    );
    await Promise.all(
      sessions.map(async (session) => {
        for (const text of BROWSING_TURNS) {
          const turn = await sendTurn([api], session, text, tally, accepted);
          assert.ok(turn.reply && turn.reply.text.length > 0, `a reply in mode ${mode}`);
          texts.push(turn.reply.text);
        }
      }),
    );
    // The model's words when it answers; the built-in engine's otherwise.
    const fromModel = texts.filter((t) => t.includes(MODEL_SENTENCE)).length;
    assert.equal(
      fromModel,
      mode === 'answer' ? texts.length : 0,
      `replies from the model (${mode})`,
    );
    const usage = await db.query<{ outcome: string; n: number }>(
      `SELECT outcome, count(*)::int AS n FROM llm_usage
        WHERE session_id = ANY($1::uuid[]) GROUP BY outcome`,
      [sessions.map((s) => s.sessionId)],
    );
    const outcomes = Object.fromEntries(usage.map((u) => [u.outcome, u.n]));
    assert.deepEqual(
      outcomes,
      mode === 'answer' ? { ok: accepted.length } : { error: accepted.length },
      `llm_usage rows (${mode})`,
    );
    assert.ok(llm.calls[mode] >= accepted.length, 'the API called the model');
    allAccepted.push(...accepted);
    figures[mode] = { turns: accepted.length, modelCalls: llm.calls[mode], llmUsage: outcomes };
  }

  await assertTurnsStored(db, allAccepted);
  for (const x of allAccepted) assert.ok(x.replyId, 'every turn got a stored reply');
  await assertNothingHalfWritten(db);
  const ready = await api.ready();
  assert.equal(ready.status, 200);
  assert.equal((ready.body.details as Record<string, { status: string }>).llm.status, 'degraded');
  assert.deepEqual(tally.refusals, [], 'no refusal');

  report('llm-faults', {
    seconds: (Date.now() - started) / 1000,
    requests: tally.requests,
    byStatus: tally.byStatus,
    slowestTurnMs: tally.slowestTurnMs,
    ...figures,
  });
});
