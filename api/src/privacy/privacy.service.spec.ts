import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { type ChatEvents, OpenSessions } from '../chat';
import { DependencyUnavailableError, InvalidInputError } from '../common/problem/domain-error';
import { MemoryBroadcast } from '../infra/broadcast';
import { MemoryKeyValueStore, StoreUnavailableError } from '../infra/store';
import type { UploadsService } from '../uploads';
import type { CustomerDataReader, CustomerRecords } from './customer-data.reader';
import type { CustomerFootprint, CustomerFootprints } from './customer-footprints';
import { conversationStateKey } from './domain/cache-keys';
import { ERASED_TEXT, ERASURE_KINDS } from './domain/erasure';
import type { OutboxCopies } from './outbox-copies';
import { PrivacyAudit } from './privacy-audit';
import { PrivacyService } from './privacy.service';

const EMAIL = 'jeanne.dupont@example.fr';
const SESSIONS = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
const TICKET = '33333333-3333-4333-8333-333333333333';
const FOOTPRINT: CustomerFootprint = {
  customerIds: ['44444444-4444-4444-8444-444444444444'],
  orderNumbers: ['CMD-2026-000001', 'CMD-2026-000002'],
  ticketIds: [TICKET],
  sessionIds: SESSIONS,
};
const NO_RECORDS: CustomerRecords = {
  customers: [],
  orders: [],
  tickets: [],
  chatSessions: [],
  ratings: [],
  uploads: [],
};

/** Rows each anonymising statement reports changed, by the table it names. */
const CHANGED: [RegExp, number][] = [
  [/DELETE FROM chat_message/, 9],
  [/DELETE FROM chat_event/, 4],
  [/UPDATE chat_rating/, 1],
  [/UPDATE chat_session SET customer_email/, 2],
  [/UPDATE ticket_event/, 3],
  [/UPDATE ticket\b/, 1],
  [/UPDATE customer_order/, 1],
  [/UPDATE customer\b/, 1],
];

function setUp(footprint: CustomerFootprint = FOOTPRINT, outboxCopies = 1) {
  const calls: string[] = [];
  const statements: { sql: string; params: unknown[] }[] = [];
  const db = {
    query: jest.fn(async (sql: string, params: unknown[]) => {
      statements.push({ sql, params });
      // Like the database: a statement over empty id lists changes nothing.
      const lists = params.filter((p) => Array.isArray(p));
      if (lists.length > 0 && lists.every((l) => l.length === 0)) return [{ n: 0 }];
      return [{ n: CHANGED.find(([pattern]) => pattern.test(sql))?.[1] ?? 0 }];
    }),
  };
  const dataSource = {
    query: jest.fn(async (sql: string) => {
      calls.push('end conversations');
      return /UPDATE chat_session SET state = 'closed'/.test(sql) ? [{ id: SESSIONS[0] }] : [];
    }),
    transaction: jest.fn(async (work: (manager: typeof db) => Promise<unknown>) => {
      calls.push('database');
      return work(db);
    }),
  };
  const footprints = { find: jest.fn().mockResolvedValue(footprint) };
  const reader = { read: jest.fn().mockResolvedValue(NO_RECORDS) };
  const outbox = {
    list: jest.fn().mockResolvedValue([]),
    delete: jest.fn(async () => {
      calls.push('outbox');
      return outboxCopies;
    }),
  };
  const uploads = {
    deleteForSession: jest.fn(async () => {
      calls.push('files');
      return 1;
    }),
    deleteForTicket: jest.fn(async () => {
      calls.push('files');
      return 2;
    }),
  };
  const store = new MemoryKeyValueStore();
  const events = {
    publish: jest.fn(async () => {
      calls.push('announce');
      return {};
    }),
  };
  const counter = { inc: jest.fn() };
  const service = new PrivacyService(
    dataSource as unknown as DataSource,
    footprints as unknown as CustomerFootprints,
    reader as unknown as CustomerDataReader,
    outbox as unknown as OutboxCopies,
    uploads as unknown as UploadsService,
    store,
    events as unknown as ChatEvents,
    new PrivacyAudit(counter as never),
    new OpenSessions(new MemoryBroadcast()),
  );
  return { service, calls, statements, dataSource, footprints, store, events, counter, reader };
}

describe('PrivacyService', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it.each(['not-an-email', '', 'jeanne@', '@example.fr', `${'j'.repeat(250)}@example.fr`])(
    'refuses %j as an address (400 on the email field) before reading anything',
    async (email) => {
      const { service, footprints, dataSource } = setUp();
      for (const request of [service.export(email, 'user:a'), service.erase(email, 'user:a')]) {
        const err = (await request.catch((e: unknown) => e)) as InvalidInputError;
        expect(err).toBeInstanceOf(InvalidInputError);
        expect(err.errors).toEqual([{ field: 'email', message: expect.any(String) }]);
      }
      expect(footprints.find).not.toHaveBeenCalled();
      expect(dataSource.transaction).not.toHaveBeenCalled();
    },
  );

  it('looks the customer up by the lower-cased address', async () => {
    const { service, footprints } = setUp();
    const data = await service.export('  Jeanne.Dupont@EXAMPLE.fr ', 'user:a');
    expect(footprints.find).toHaveBeenCalledWith(EMAIL);
    expect(data.email).toBe(EMAIL);
  });

  it('ends the conversations first, removes what lives outside the database while it still links it to the customer, then anonymises in one transaction', async () => {
    const { service, calls, store, events } = setUp();
    await store.set(conversationStateKey(SESSIONS[0]), '{"state":"claim_evidence"}');
    await store.set('chat:state:someone-else', '{}');
    const { counts } = await service.erase(EMAIL, 'user:a');
    expect(calls).toEqual([
      'end conversations',
      'files',
      'files',
      'files',
      'outbox',
      'database',
      'announce',
    ]);
    expect(counts).toEqual({
      customers: 1,
      orders: 2,
      tickets: 1,
      ticketNotes: 3,
      chatSessions: 2,
      chatSessionsEnded: 1,
      chatMessages: 9,
      chatEvents: 4,
      ratings: 1,
      uploads: 4,
      cacheKeys: 1,
      emails: 1,
    });
    expect(Object.keys(counts)).toEqual([...ERASURE_KINDS]);
    expect(await store.get(conversationStateKey(SESSIONS[0]))).toBeNull();
    expect(await store.get('chat:state:someone-else')).toBe('{}');
    expect(events.publish).toHaveBeenCalledWith(SESSIONS[0], 'state', { state: 'closed' });
  });

  it('replaces free text with the erasure mark and gives each record a new random address and postcode', async () => {
    const { service, statements } = setUp();
    await service.erase(EMAIL, 'user:a');
    const ticket = statements.find((s) => /UPDATE ticket\b/.test(s.sql));
    expect(ticket?.params).toEqual([[TICKET], ERASED_TEXT]);
    expect(ticket?.sql).toMatch(/customer_email = NULL, customer_name = NULL/);
    const customer = statements.find((s) => /UPDATE customer\b/.test(s.sql));
    expect(customer?.params[1]).toMatch(/^erased-[0-9a-f-]{36}@erased\.invalid$/);
    const postcodes = statements
      .filter((s) => /UPDATE customer/.test(s.sql))
      .map((s) => s.params.at(-1));
    expect(new Set(postcodes).size).toBe(3);
    for (const postcode of postcodes) expect(String(postcode)).toMatch(/^#[0-9a-f]{15}$/);
    expect(JSON.stringify(statements)).not.toContain(EMAIL);
  });

  it('leaves the database untouched when the shared store is down, so the request can be repeated', async () => {
    const { service, store, dataSource } = setUp();
    jest.spyOn(store, 'get').mockRejectedValue(new StoreUnavailableError(new Error('down')));
    await expect(service.erase(EMAIL, 'user:a')).rejects.toBeInstanceOf(DependencyUnavailableError);
    expect(dataSource.transaction).not.toHaveBeenCalled();
  });

  it('still answers when a closed widget cannot be told (the erasure is done)', async () => {
    const { service, events } = setUp();
    events.publish.mockRejectedValue(new Error('bus down'));
    const { counts } = await service.erase(EMAIL, 'user:a');
    expect(counts.chatSessionsEnded).toBe(1);
  });

  it('answers zero counts for an address nothing is held about', async () => {
    const empty = { customerIds: [], orderNumbers: [], ticketIds: [], sessionIds: [] };
    const { service, events } = setUp(empty, 0);
    const { counts } = await service.erase(EMAIL, 'user:a');
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(events.publish).not.toHaveBeenCalled();
  });

  it('audits both requests with the hashed address and the caller, never the address', async () => {
    const { service, counter } = setUp();
    await service.export(EMAIL, 'user:admin-1');
    await service.erase(EMAIL, 'user:admin-1');
    const hash = createHash('sha256').update(EMAIL).digest('hex');
    const lines = warn.mock.calls.map(([line]) => line as Record<string, unknown>);
    expect(lines).toEqual([
      { privacyEvent: 'customer_data_exported', subjectSha256: hash, actor: 'user:admin-1' },
      expect.objectContaining({
        privacyEvent: 'customer_data_erased',
        subjectSha256: hash,
        actor: 'user:admin-1',
        chatMessages: 9,
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(EMAIL);
    expect(counter.inc.mock.calls).toEqual([[{ request: 'export' }], [{ request: 'erasure' }]]);
  });
});
