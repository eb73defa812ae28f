import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { ClaimBody } from './claim-check';
import {
  type AnalystTask,
  analyzeTask,
  type BodyAnswer,
  type TaskAnswer,
} from './claim-analysis.worker';
import type { ClaimAnalysis, ClaimInput } from './domain/analyze';

export interface ClaimAnalystOptions {
  /** Worker threads; 0: every analysis runs on the calling thread. */
  workers: number;
  /** The worker entry: the build's `claim-analysis.worker.js`, or a loader given `workerData`. */
  filename?: string;
  workerData?: unknown;
  /**
   * Claims allowed to wait for the workers or be in their hands (default 256 + 128 a worker);
   * beyond that the calling thread does the work.
   */
  maxQueue?: number;
  /** The workers stop after this long without an analysis (their memory is given back). */
  idleMs?: number;
  /** After the workers failed to start, how long analyses stay on the calling thread. */
  retryMs?: number;
}

/**
 * Claims waiting for a worker wait in its own queue: kept in the pool's queue on the event
 * loop, each would only be handed over once a busy event loop got round to the previous answer,
 * leaving the worker idle meanwhile (at 16 per worker, analyze p99 at 100 connections went from
 * 47 to 73 ms).
 */
const TASKS_PER_WORKER = 128;

/**
 * Claims that reach the event loop in the same turn go to the workers together, at most this
 * many in one task (per worker): handing a task over (a message, waking the thread) took a
 * tenth of the event loop's time per analysis request at 100 connections, and an answer waits
 * for the rest of its batch, at most this many analyses of well under a millisecond each.
 */
const MAX_BATCH = 16;

interface Waiting {
  task: AnalystTask;
  resolve(answer: TaskAnswer): void;
  reject(err: unknown): void;
}

const WARM_UP: AnalystTask[] = [
  { input: { description: 'Le pied du canapé est cassé.', now: new Date(0) }, json: false },
];

/** Failures of the pool are logged at most this often: the answers themselves never fail. */
const WARN_INTERVAL_MS = 60_000;

/**
 * Runs claim analyses (pure, CPU-bound text matching of a few hundred microseconds each) on
 * worker threads, so that a burst of them does not hold the event loop serving every other
 * request. The workers start with the first analysis and stop when analyses stop coming, so an
 * instance that serves none keeps no memory for them.
 *
 * The analysis is total and deterministic: whenever no worker can take it (workers starting,
 * queue full, worker lost, workers failing to start), the calling thread computes the same
 * answer.
 */
export class ClaimAnalyst implements OnApplicationShutdown {
  /** The compiled worker beside this file; absent when the sources run directly (unit tests). */
  static readonly BUILT_WORKER = join(__dirname, 'claim-analysis.worker.js');

  private readonly logger = new Logger(ClaimAnalyst.name);
  private readonly filename: string;
  private readonly workerCount: number;
  private readonly maxQueue: number;
  private readonly idleMs: number;
  private readonly retryMs: number;
  private pool: Piscina<AnalystTask[], unknown> | undefined;
  /** Claims of this turn of the event loop, handed to the workers at its end. */
  private waiting: Waiting[] = [];
  /** Claims handed to the workers and not answered yet. */
  private inWorkers = 0;
  private ready = false;
  /** The first analysis asked of a new pool: settles once it takes analyses or is given up. */
  private starting: Promise<void> | undefined;
  private lastUsed = 0;
  private retryAt = 0;
  private closed = false;
  private idleTimer: NodeJS.Timeout | undefined;
  private lastWarning = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: ClaimAnalystOptions) {
    this.filename = options.filename ?? ClaimAnalyst.BUILT_WORKER;
    this.workerCount = existsSync(this.filename) ? Math.max(0, options.workers) : 0;
    this.maxQueue = options.maxQueue ?? 256 + TASKS_PER_WORKER * this.workerCount;
    this.idleMs = options.idleMs ?? 120_000;
    this.retryMs = options.retryMs ?? 60_000;
  }

  /** Worker threads taking analyses now (0 while they start, after they stop, or without any). */
  get workers(): number {
    return this.ready ? (this.pool?.threads.length ?? 0) : 0;
  }

  analyze(input: ClaimInput): Promise<ClaimAnalysis> {
    return this.run({ input, json: false }) as Promise<ClaimAnalysis>;
  }

  /**
   * The analysis as the REST answer's JSON, UTF-8 bytes ready to send: they cross back from the
   * worker outside the event loop's heap, with no object graph to rebuild and serialise there.
   */
  analyzeToJson(input: ClaimInput): Promise<Uint8Array> {
    return this.run({ input, json: true }) as Promise<Uint8Array>;
  }

  /**
   * A claim body as received, checked with the rules of `ClaimRules` (the same answer as the
   * validation pipe's) and analysed, both in a worker: the JSON of the analysis, the rules
   * the body breaks, or the checked claim when it names an order or a product to look up first.
   */
  checkAndAnalyze(body: ClaimBody, now: Date): Promise<BodyAnswer> {
    return this.run({ body, now }) as Promise<BodyAnswer>;
  }

  /** Starts the workers if they are not running; resolves once they take analyses or gave up. */
  async start(): Promise<void> {
    this.workerPool();
    await this.starting;
  }

  /** Stops the workers; analyses asked for afterwards run on the calling thread. */
  async close(): Promise<void> {
    this.closed = true;
    await this.stop();
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  private run(task: AnalystTask): Promise<TaskAnswer> {
    const pool = this.workerPool();
    if (pool === undefined || this.waiting.length + this.inWorkers >= this.maxQueue) {
      return new Promise((resolve) => resolve(analyzeTask(task)));
    }
    return new Promise((resolve, reject) => {
      const size = this.waiting.push({ task, resolve, reject });
      if (size === 1) setImmediate(() => this.flush());
      else if (size >= MAX_BATCH * pool.threads.length) this.flush();
    });
  }

  /** Hands the waiting claims to the workers, in one task for each (or fewer if fewer claims). */
  private flush(): void {
    const waiting = this.waiting;
    if (waiting.length === 0) return;
    this.waiting = [];
    const pool = this.ready ? this.pool : undefined;
    if (pool === undefined) {
      // The workers stopped since these claims came (shutdown): this thread answers them.
      for (const claim of waiting) settleHere(claim);
      return;
    }
    const tasks = Math.min(waiting.length, Math.max(1, pool.threads.length));
    const size = Math.ceil(waiting.length / tasks);
    for (let start = 0; start < waiting.length; start += size) {
      this.dispatch(pool, waiting.slice(start, start + size));
    }
  }

  private dispatch(pool: Piscina<AnalystTask[], unknown>, claims: Waiting[]): void {
    this.inWorkers += claims.length;
    const tasks = claims.map((claim) => claim.task);
    pool.run(tasks, { name: 'batch' }).then(
      (answers) => {
        this.inWorkers -= claims.length;
        const list = answers as TaskAnswer[];
        claims.forEach((claim, i) => claim.resolve(list[i]));
      },
      (err: unknown) => {
        this.inWorkers -= claims.length;
        // Workers stopped on purpose (idle, shutdown) reject what they held: nothing to report.
        if (this.pool === pool) this.warn(err);
        for (const claim of claims) settleHere(claim);
      },
    );
  }

  /** The pool when it takes analyses; otherwise starts it when it may, and answers undefined. */
  private workerPool(): Piscina<AnalystTask[], unknown> | undefined {
    if (this.workerCount === 0 || this.closed) return undefined;
    this.lastUsed = Date.now();
    if (this.ready) return this.pool;
    if (this.pool === undefined && this.lastUsed >= this.retryAt) this.startPool();
    return undefined;
  }

  private startPool(): void {
    const pool = new Piscina<AnalystTask[], unknown>({
      filename: this.filename,
      workerData: this.options.workerData,
      minThreads: this.workerCount,
      maxThreads: this.workerCount,
      idleTimeout: Number.POSITIVE_INFINITY,
      concurrentTasksPerWorker: TASKS_PER_WORKER,
      // The queue is bounded here instead: past it, the calling thread answers.
      maxQueue: Number.POSITIVE_INFINITY,
    });
    this.pool = pool;
    // A worker that cannot start leaves queued tasks waiting forever: claims go to the pool only
    // once a first analysis came back from it, and a pool whose worker fails first is given up.
    const giveUp = (err: unknown): void => {
      if (this.pool !== pool || this.ready) return;
      this.warn(err);
      this.retryAt = Date.now() + this.retryMs;
      void this.stop();
    };
    pool.on('error', (err: unknown) => (this.ready ? this.warn(err) : giveUp(err)));
    this.starting = pool.run(WARM_UP, { name: 'batch' }).then(() => {
      if (this.pool !== pool) return;
      this.ready = true;
      this.idleTimer = setInterval(() => this.stopWhenIdle(), Math.max(1, this.idleMs / 4));
      this.idleTimer.unref();
    }, giveUp);
  }

  private stopWhenIdle(): void {
    if (Date.now() - this.lastUsed >= this.idleMs) void this.stop();
  }

  private async stop(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    this.ready = false;
    clearInterval(this.idleTimer);
    this.idleTimer = undefined;
    await pool?.destroy();
  }

  private warn(err: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_INTERVAL_MS) return;
    this.lastWarning = now;
    this.logger.warn(
      `Claim analysis worker failed (${err instanceof Error ? err.message : String(err)}); analysing on the event loop`,
    );
  }
}

function settleHere(claim: Waiting): void {
  try {
    claim.resolve(analyzeTask(claim.task));
  } catch (err) {
    claim.reject(err);
  }
}
