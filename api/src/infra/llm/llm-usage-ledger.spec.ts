import type { Repository } from 'typeorm';
import type { LlmUsageEntity } from '../../chat/entities/llm-usage.entity';
import { DAY_TOTAL_REFRESH_MS, LlmUsageLedger, type LlmUsageRecord } from './llm-usage-ledger';

interface Row {
  sessionId: string | null;
  costEur: number;
  createdAt: Date;
}

/**
 * The llm_usage table in memory, answering the two sums the ledger asks for (by
 * conversation, since a moment), and counting them.
 */
class UsageTable {
  rows: Row[] = [];
  sums = 0;
  clock = new Date('2026-11-26T10:00:00Z');
  /** Sums fail (the database is down). */
  failing = false;
  /** Sums asked while stalled wait for release(). */
  private stalled: (() => void)[] | undefined;

  stall(): void {
    this.stalled = [];
  }

  release(): void {
    const waiting = this.stalled ?? [];
    this.stalled = undefined;
    for (const go of waiting) go();
  }

  insert(row: { sessionId: string | null; costEur: number }): Promise<void> {
    this.rows.push({ sessionId: row.sessionId, costEur: row.costEur, createdAt: this.clock });
    return Promise.resolve();
  }

  createQueryBuilder() {
    let filter: (row: Row) => boolean = () => true;
    const builder = {
      select: () => builder,
      where: (where: string, params: { sessionId?: string; startOfDay?: Date }) => {
        if (where.startsWith('session_id')) filter = (row) => row.sessionId === params.sessionId;
        else filter = (row) => row.createdAt >= (params.startOfDay as Date);
        return builder;
      },
      getRawOne: async () => {
        this.sums += 1;
        if (this.stalled) await new Promise<void>((go) => this.stalled?.push(go));
        if (this.failing) throw new Error('connection refused');
        const total = this.rows.filter(filter).reduce((sum, row) => sum + row.costEur, 0);
        return { total: String(total) };
      },
    };
    return builder;
  }
}

const SESSION = '00000000-0000-4000-8000-00000000000a';
const flush = () => new Promise((r) => setImmediate(r));
const OTHER = '00000000-0000-4000-8000-00000000000b';

function call(sessionId: string | undefined, costEur: number): LlmUsageRecord {
  return {
    sessionId,
    provider: 'openai',
    model: 'test',
    promptTokens: 10,
    completionTokens: 10,
    costEur,
    outcome: 'ok',
    latencyMs: 5,
  };
}

describe('LlmUsageLedger spending', () => {
  let table: UsageTable;
  let ledger: LlmUsageLedger;
  const at = (ms: number) => new Date(table.clock.getTime() + ms);

  beforeEach(() => {
    table = new UsageTable();
    ledger = new LlmUsageLedger(table as unknown as Repository<LlmUsageEntity>);
  });

  it("sums a conversation's calls and the day's calls", async () => {
    await table.insert({ sessionId: SESSION, costEur: 0.02 });
    await table.insert({ sessionId: OTHER, costEur: 0.5 });

    expect(await ledger.spending(SESSION, at(0))).toEqual({
      conversationEur: 0.02,
      todayEur: 0.52,
    });
    expect(await ledger.spending(undefined, at(0))).toEqual({ conversationEur: 0, todayEur: 0.52 });
  });

  it("keeps a conversation's total up to date with this instance's calls without reading it again", async () => {
    await ledger.spending(SESSION, at(0));
    const reads = table.sums;

    await ledger.record(call(SESSION, 0.03));
    await ledger.record(call(SESSION, 0.04));
    await ledger.record(call(OTHER, 1));
    const spent = await ledger.spending(SESSION, at(1_000));

    expect(spent.conversationEur).toBeCloseTo(0.07, 10);
    expect(spent.todayEur).toBeCloseTo(1.07, 10);
    expect(table.sums).toBe(reads);
  });

  it("reads the totals again after a few seconds, without making a call wait: another instance's calls count", async () => {
    await ledger.spending(SESSION, at(0));
    // A call made by another instance of the deployment.
    await table.insert({ sessionId: SESSION, costEur: 0.5 });
    const reads = table.sums;

    expect(await ledger.spending(SESSION, at(DAY_TOTAL_REFRESH_MS - 1))).toEqual({
      conversationEur: 0,
      todayEur: 0,
    });
    expect(table.sums).toBe(reads);
    // Due: this call is answered with what was known, and both totals are read for the next.
    table.stall();
    let answered = false;
    const due = ledger.spending(SESSION, at(DAY_TOTAL_REFRESH_MS)).then((spent) => {
      answered = true;
      return spent;
    });
    await flush();
    expect(answered).toBe(true);
    expect(await due).toEqual({ conversationEur: 0, todayEur: 0 });
    // One read per total at a time, however many calls come meanwhile.
    await ledger.spending(SESSION, at(DAY_TOTAL_REFRESH_MS + 1));
    expect(table.sums).toBe(reads + 2);
    table.release();
    await flush();
    expect(await ledger.spending(SESSION, at(DAY_TOTAL_REFRESH_MS + 2))).toEqual({
      conversationEur: 0.5,
      todayEur: 0.5,
    });
  });

  it('keeps the known totals when a read in the background fails, and reads again later', async () => {
    await ledger.spending(SESSION, at(0));
    await ledger.record(call(SESSION, 0.25));
    table.failing = true;
    expect((await ledger.spending(SESSION, at(DAY_TOTAL_REFRESH_MS))).conversationEur).toBe(0.25);
    await flush();
    expect((await ledger.spending(SESSION, at(DAY_TOTAL_REFRESH_MS + 1))).conversationEur).toBe(
      0.25,
    );
    table.failing = false;
    await table.insert({ sessionId: SESSION, costEur: 1 });
    await flush();
    await ledger.spending(SESSION, at(DAY_TOTAL_REFRESH_MS + 2));
    await flush();
    expect((await ledger.spending(SESSION, at(DAY_TOTAL_REFRESH_MS + 3))).conversationEur).toBe(
      1.25,
    );
  });

  it('waits for a total it does not know yet: a new conversation, a new day', async () => {
    await table.insert({ sessionId: SESSION, costEur: 0.75 });
    table.stall();
    let answered = false;
    const first = ledger.spending(SESSION, at(0)).then((spent) => {
      answered = true;
      return spent;
    });
    await flush();
    expect(answered).toBe(false);
    table.release();
    expect(await first).toEqual({ conversationEur: 0.75, todayEur: 0.75 });
  });

  it('starts the day afresh at midnight UTC', async () => {
    await table.insert({ sessionId: SESSION, costEur: 3 });
    expect((await ledger.spending(undefined, at(0))).todayEur).toBe(3);

    const tomorrow = new Date('2026-11-27T00:00:01Z');
    expect((await ledger.spending(undefined, tomorrow)).todayEur).toBe(0);
  });
});
