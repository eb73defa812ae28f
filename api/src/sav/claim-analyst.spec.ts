import { join } from 'node:path';
import { CLAIMS_CORPUS } from '../../test/fixtures/claims-corpus';
import { ClaimAnalyst, type ClaimAnalystOptions } from './claim-analyst';
import { analyzeTask, utf8Bytes } from './claim-analysis.worker';
import type { ClaimBody } from './claim-check';
import { analyzeClaim, type ClaimInput } from './domain/analyze';

const LOADER = join(__dirname, '../../test/support/ts-worker.js');
const ENTRY = join(__dirname, 'claim-analysis.worker.ts');
const CRASHING = join(__dirname, '../../test/support/crashing-analysis-worker.js');

const claims: ClaimInput[] = CLAIMS_CORPUS.slice(0, 40).map((c, i) => ({
  description: c.text,
  now: new Date('2026-11-20T10:00:00Z'),
  purchaseDate: new Date(Date.UTC(2021 + (i % 5), i % 12, 15)),
  deliveryDate: i % 3 === 0 ? new Date(Date.UTC(2021 + (i % 5), i % 12, 28)) : undefined,
  customerTier: (['standard', 'silver', 'gold', 'vip'] as const)[i % 4],
  previousClaims: i % 4,
  productValue: 300 + ((i * 137) % 3200),
  productWarranty: i % 2 === 0 ? { structure: 10 } : undefined,
  evidence: i % 5 === 0 ? { photos: 2, videos: 0 } : undefined,
}));

const expected = (input: ClaimInput) => analyzeClaim(input);
/** A JSON answer (UTF-8 bytes) read back as text. */
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const analysts: ClaimAnalyst[] = [];
function analyst(options: Partial<ClaimAnalystOptions> = {}): ClaimAnalyst {
  const a = new ClaimAnalyst({
    workers: 1,
    filename: LOADER,
    workerData: { entry: ENTRY },
    ...options,
  });
  analysts.push(a);
  return a;
}
const quietly = (a: ClaimAnalyst) =>
  jest.spyOn(a['logger'], 'warn').mockImplementation(() => undefined);

afterAll(() => Promise.all(analysts.map((a) => a.close())));

describe('ClaimAnalyst', () => {
  it('starts no worker before the first analysis, and answers that one itself', async () => {
    const a = analyst();
    expect(a.workers).toBe(0);
    await expect(a.analyze(claims[0])).resolves.toEqual(expected(claims[0]));
    await a.start();
    expect(a.workers).toBe(1);
  });

  it('answers from its worker exactly what the analysis on this thread answers, dates included', async () => {
    const a = analyst();
    await a.start();
    const run = jest.spyOn(a['pool']!, 'run');
    const answers = await Promise.all(claims.map((c) => a.analyze(c)));
    expect(answers).toEqual(claims.map(expected));
    const texts = await Promise.all(claims.map((c) => a.analyzeToJson(c).then(text)));
    expect(texts).toEqual(claims.map((c) => JSON.stringify(expected(c))));
    expect(run).toHaveBeenCalled();
    for (const [, options] of run.mock.calls) expect(options).toEqual({ name: 'batch' });
  });

  it('checks claim bodies in its worker as on this thread, and analyses those it can', async () => {
    const a = analyst();
    await a.start();
    const run = jest.spyOn(a['pool']!, 'run');
    const now = new Date('2026-11-20T10:00:00Z');
    const bodies: ClaimBody[] = [
      ...CLAIMS_CORPUS.slice(0, 10).map((c, i) => ({
        description: c.text,
        purchaseDate: `202${i % 6}-0${(i % 9) + 1}-15`,
        customerTier: (['standard', 'silver', 'gold', 'vip'] as const)[i % 4],
        productValue: 300 + i,
      })),
      { description: 'ab', previousClaims: 1.5, extra: true },
      { description: 'Le pied est cassé.', orderNumber: 'cmd-2026-004512' },
      { description: 'Le pied est cassé.', productSku: 'CAN-OSLO-3P-NOI', productValue: null },
    ];
    const answers = await Promise.all(bodies.map((body) => a.checkAndAnalyze(body, now)));
    expect(answers).toEqual(bodies.map((body) => analyzeTask({ body, now })));
    expect(answers.slice(0, 10).every((answer) => 'json' in answer)).toBe(true);
    expect(answers[10]).toEqual({ errors: expect.arrayContaining([expect.anything()]) });
    expect(answers[11]).toEqual({ claim: expect.objectContaining(bodies[11]) });
    expect(answers[12]).toEqual({ claim: expect.objectContaining(bodies[12]) });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('hands the claims of one turn to its worker in batches of at most 16', async () => {
    const a = analyst();
    await a.start();
    const run = jest.spyOn(a['pool']!, 'run');
    const mixed = claims.map((c, i) =>
      i % 2 === 0 ? a.analyze(c) : a.analyzeToJson(c).then(text),
    );
    expect(await Promise.all(mixed)).toEqual(
      claims.map((c, i) => (i % 2 === 0 ? expected(c) : JSON.stringify(expected(c)))),
    );
    // 40 claims asked in one turn: two full batches as they fill, the rest at the turn's end.
    expect(run.mock.calls.map(([tasks]) => (tasks as unknown[]).length)).toEqual([16, 16, 8]);
    // One claim alone is not held back waiting for others.
    await expect(a.analyze(claims[5])).resolves.toEqual(expected(claims[5]));
    expect(run).toHaveBeenCalledTimes(4);
    expect((run.mock.calls[3][0] as unknown[]).length).toBe(1);
  });

  it("shares a turn's claims between its workers", async () => {
    const a = analyst({ workers: 2 });
    await a.start();
    expect(a.workers).toBe(2);
    const run = jest.spyOn(a['pool']!, 'run');
    const answers = await Promise.all(claims.slice(0, 10).map((c) => a.analyze(c)));
    expect(answers).toEqual(claims.slice(0, 10).map(expected));
    expect(run.mock.calls.map(([tasks]) => (tasks as unknown[]).length)).toEqual([5, 5]);
  });

  it('answers on this thread once its queue is full, never refusing', async () => {
    const a = analyst({ maxQueue: 6 });
    await a.start();
    const run = jest.spyOn(a['pool']!, 'run');
    const answers = await Promise.all(claims.slice(0, 10).map((c) => a.analyze(c)));
    expect(answers).toEqual(claims.slice(0, 10).map(expected));
    // Six waited for the worker; the four beyond were answered here.
    expect(run.mock.calls.map(([tasks]) => (tasks as unknown[]).length)).toEqual([6]);
  });

  it('answers here the claims still waiting when its workers stop', async () => {
    const a = analyst();
    await a.start();
    const run = jest.spyOn(a['pool']!, 'run');
    const pending = claims.slice(0, 3).map((c) => a.analyzeToJson(c).then(text));
    await a.close(); // before the turn ends
    expect(await Promise.all(pending)).toEqual(
      claims.slice(0, 3).map((c) => JSON.stringify(expected(c))),
    );
    expect(run).not.toHaveBeenCalled();
  });

  it('stops its workers when analyses stop coming, and starts them again for the next', async () => {
    const a = analyst({ idleMs: 80 });
    await a.start();
    expect(a.workers).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(a['pool']).toBeUndefined();
    await expect(a.analyze(claims[3])).resolves.toEqual(expected(claims[3]));
    await a.start();
    expect(a.workers).toBe(1);
  });

  it('gives up a worker that cannot load, answers on this thread, says so once, retries later', async () => {
    const a = analyst({
      workerData: { entry: join(__dirname, 'no-such-worker.ts') },
      retryMs: 200,
    });
    const warn = quietly(a);
    await a.start();
    expect(a.workers).toBe(0);
    expect(a['pool']).toBeUndefined();
    const answers = await Promise.all(claims.slice(0, 5).map((c) => a.analyze(c)));
    expect(answers).toEqual(claims.slice(0, 5).map(expected));
    expect(a['pool']).toBeUndefined(); // not retried on every claim
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/analysing on the event loop/);
    await new Promise((r) => setTimeout(r, 250));
    await a.analyze(claims[6]);
    expect(a['pool']).toBeDefined(); // tried again once the delay passed
  });

  it('answers on this thread when its worker dies during an analysis', async () => {
    const a = analyst({ filename: CRASHING, workerData: undefined });
    const warn = quietly(a);
    await a.start();
    expect(a.workers).toBe(1);
    await expect(a.analyze(claims[2])).resolves.toEqual(expected(claims[2]));
    await a.start(); // a new worker replaces the lost one
    await expect(a.analyzeToJson(claims[4]).then(text)).resolves.toBe(
      JSON.stringify(expected(claims[4])),
    );
    expect(warn).toHaveBeenCalled();
  });

  it('analyses on this thread when no worker is wanted or the build has none', async () => {
    for (const a of [analyst({ workers: 0 }), analyst({ filename: ClaimAnalyst.BUILT_WORKER })]) {
      await expect(a.analyze(claims[0])).resolves.toEqual(expected(claims[0]));
      await expect(a.analyzeToJson(claims[0]).then(text)).resolves.toBe(
        JSON.stringify(expected(claims[0])),
      );
      await a.start();
      expect(a.workers).toBe(0);
    }
  });

  it('keeps answering, on this thread, once shut down', async () => {
    const a = analyst();
    await a.start();
    await a.onApplicationShutdown();
    expect(a.workers).toBe(0);
    await expect(a.analyze(claims[1])).resolves.toEqual(expected(claims[1]));
    expect(a['pool']).toBeUndefined();
  });
});

describe('utf8Bytes', () => {
  it('encodes as TextEncoder does, in an array of its own, however long the text', () => {
    const encoder = new TextEncoder();
    const texts = [
      '',
      'plain ascii',
      'Garantie structure : 5 ans, valable jusqu’au 14/04/2028 — 450 €',
      'الأريكة مكسورة 🛋️ lone \ud800 surrogate',
      'é'.repeat(20_000) + '🛋️'.repeat(5_000),
      'short again',
    ];
    for (const t of texts) {
      const bytes = utf8Bytes(t);
      expect(Buffer.from(bytes).equals(Buffer.from(encoder.encode(t)))).toBe(true);
      expect(bytes.buffer.byteLength).toBe(bytes.length);
    }
  });
});
