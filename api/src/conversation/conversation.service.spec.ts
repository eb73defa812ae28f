import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type {
  ChatEvents,
  ChatSessionsService,
  ConversationEngine,
  RatingsService,
  TurnResult,
} from '../chat';
import { emptyConversationContext, OpenSessions } from '../chat';
import { InvalidInputError } from '../common/problem/domain-error';
import { MemoryBroadcast } from '../infra/broadcast';
import type { UploadsService } from '../uploads';
import type { ConversationStateStore, ConversationSnapshot } from './conversation-state.store';
import type { ConversationToolsFactory, SessionTools } from './conversation-tools';
import { ConversationService } from './conversation.service';

const SESSION = '7f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b';

/** An in-memory stand-in for the SQL the service runs: the transcript and the session row. */
function fakeDatabase() {
  const lines: { role: string; text: string; data: unknown }[] = [];
  const session = { state: 'browsing', context: null as unknown };
  let n = 0;
  const query = jest.fn((sql: string, params: unknown[]) => {
    n++;
    const row = {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      created_at: new Date(),
    };
    if (sql.includes("'customer'")) {
      // The lines stored before this one, oldest first, when the engine reads history.
      const history = params[4] ? lines.slice(-10).map(({ role, text }) => ({ role, text })) : null;
      lines.push({ role: 'customer', text: params[1] as string, data: params[2] });
      return Promise.resolve([{ ...row, history: history?.length ? history : null }]);
    }
    session.state = params[1] as string;
    session.context = JSON.parse(params[2] as string);
    if (!params[7]) return Promise.resolve([]);
    lines.push({ role: 'bot', text: params[5] as string, data: params[6] });
    return Promise.resolve([row]);
  });
  return { lines, session, dataSource: { query } as unknown as DataSource };
}

function build(
  engines: ConversationEngine[],
  files: { id: string; kind: 'photo'; scanStatus: 'clean' }[] = [],
) {
  const db = fakeDatabase();
  const published: { type: string; data: Record<string, unknown> }[] = [];
  const events = {
    publishMany: jest.fn((_s: string, batch: { type: string; data: Record<string, unknown> }[]) => {
      published.push(...batch);
      return Promise.resolve([]);
    }),
  } as unknown as ChatEvents;
  let snapshot: ConversationSnapshot = {
    state: 'browsing',
    context: emptyConversationContext('fr'),
  };
  const state = {
    load: jest.fn(() => Promise.resolve(snapshot)),
    cache: jest.fn((_id: string, s: ConversationSnapshot) => {
      snapshot = s;
      return Promise.resolve();
    }),
  } as unknown as ConversationStateStore;
  const tools = {
    forTurn: () =>
      ({
        verifiedOrders: ['CMD-2026-000001'],
        customerEmail: undefined,
      }) as unknown as SessionTools,
  } as unknown as ConversationToolsFactory;
  const uploads = {
    sessionFiles: jest.fn((_s: string, ids: string[]) =>
      Promise.resolve(files.filter((f) => ids.includes(f.id))),
    ),
  } as unknown as UploadsService;
  const ratings = { rate: jest.fn(() => Promise.resolve({})) } as unknown as RatingsService;
  const openSessions = new OpenSessions(new MemoryBroadcast());
  const service = new ConversationService(
    {} as ChatSessionsService,
    events,
    state,
    tools,
    uploads,
    db.dataSource,
    ratings,
    openSessions,
    engines,
  );
  return { service, db, published, ratings, openSessions, snapshot: () => snapshot };
}

const answering = (name: string, text: string): ConversationEngine => ({
  name,
  respond: (input) =>
    Promise.resolve<TurnResult>({
      state: 'faq',
      context: { ...input.context, turns: input.context.turns + 1 },
      reply: { text: `${text}: ${input.text}`, quickReplies: ['Merci'] },
    }),
});
const failing: ConversationEngine = {
  name: 'failing',
  respond: () => Promise.reject(new Error('model unavailable')),
};

describe('ConversationService', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn']));

  it('stores the customer message before the engine answers, then the reply and the new state', async () => {
    const { service, db, published, snapshot } = build([answering('builtin', 'Réponse')]);
    const outcome = await service.customerTurn(SESSION, { text: 'Bonjour' });
    expect(db.lines.map((l) => [l.role, l.text])).toEqual([
      ['customer', 'Bonjour'],
      ['bot', 'Réponse: Bonjour'],
    ]);
    expect(outcome.state).toBe('faq');
    expect(outcome.reply).toMatchObject({
      role: 'bot',
      text: 'Réponse: Bonjour',
      quickReplies: ['Merci'],
    });
    expect(published.map((p) => p.type)).toEqual(['message', 'message', 'state']);
    expect(snapshot()).toMatchObject({
      state: 'faq',
      context: { turns: 1, verifiedOrders: ['CMD-2026-000001'] },
    });
    expect(db.session.state).toBe('faq');
  });

  it('falls back to the next engine when one fails', async () => {
    const { service } = build([failing, answering('builtin', 'Secours')]);
    const outcome = await service.customerTurn(SESSION, { text: 'Bonjour' });
    expect(outcome.reply?.text).toBe('Secours: Bonjour');
  });

  it('apologises in the conversation language when every engine fails, the message being kept', async () => {
    const { service, db } = build([failing]);
    const outcome = await service.customerTurn(SESSION, { text: 'Allô ?' });
    expect(db.lines[0]).toMatchObject({ role: 'customer', text: 'Allô ?' });
    expect(outcome.reply?.text).toMatch(/problème technique/);
    expect(outcome.state).toBe('browsing');
  });

  it('refuses attachments that are not files of this conversation, storing nothing', async () => {
    const photo = {
      id: '1b2c3d4e-0000-4000-8000-000000000001',
      kind: 'photo' as const,
      scanStatus: 'clean' as const,
    };
    const { service, db } = build([answering('builtin', 'ok')], [photo]);
    await expect(
      service.customerTurn(SESSION, {
        text: 'voilà',
        attachmentIds: [photo.id, '1b2c3d4e-0000-4000-8000-000000000002'],
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(db.lines).toEqual([]);
    await service.customerTurn(SESSION, { text: 'voilà', attachmentIds: [photo.id] });
    expect(db.lines[0].data).toBe(JSON.stringify({ attachmentIds: [photo.id] }));
  });

  it('runs the turns of one session one after the other', async () => {
    const order: string[] = [];
    const slow: ConversationEngine = {
      name: 'slow',
      respond: async (input) => {
        order.push(`start ${input.text}`);
        await new Promise((r) => setTimeout(r, input.text === 'un' ? 20 : 0));
        order.push(`end ${input.text}`);
        return { state: 'browsing', context: input.context, reply: { text: input.text } };
      },
    };
    const { service } = build([slow]);
    await Promise.all([
      service.customerTurn(SESSION, { text: 'un' }),
      service.customerTurn(SESSION, { text: 'deux' }),
    ]);
    expect(order).toEqual(['start un', 'end un', 'start deux', 'end deux']);
  });

  it('stores no reply while a person handles the conversation', async () => {
    const silent: ConversationEngine = {
      name: 'silent',
      respond: (input) =>
        Promise.resolve({ state: 'handoff', context: input.context, reply: null }),
    };
    const { service, db } = build([silent]);
    const outcome = await service.customerTurn(SESSION, { text: 'Vous êtes là ?' });
    expect(outcome.reply).toBeNull();
    expect(db.lines.map((l) => l.role)).toEqual(['customer']);
    expect(db.session.state).toBe('handoff');
  });

  it('stores a score the customer typed in answer to a rating request', async () => {
    const rated: ConversationEngine = {
      name: 'rated',
      respond: (input) =>
        Promise.resolve({
          state: 'browsing',
          context: input.context,
          reply: { text: 'Merci !' },
          rating: 4,
        }),
    };
    const { service, ratings } = build([rated]);
    await service.customerTurn(SESSION, { text: '4' });
    expect(ratings.rate).toHaveBeenCalledWith(SESSION, { score: 4 });
  });

  it('announces a conversation the engine ended, so its token stops working everywhere', async () => {
    const ending: ConversationEngine = {
      name: 'ending',
      respond: (input) =>
        Promise.resolve({ state: 'closed', context: input.context, reply: { text: 'Au revoir' } }),
    };
    const { service, openSessions } = build([ending]);
    const ended = jest.spyOn(openSessions, 'ended');
    await service.customerTurn(SESSION, { text: 'Merci, au revoir' });
    expect(ended).toHaveBeenCalledWith([SESSION]);
    ended.mockClear();
    // Already closed: nothing new to announce.
    await service.customerTurn(SESSION, { text: 'Encore là ?' });
    expect(ended).not.toHaveBeenCalled();
  });

  it('gives an engine that reads history the conversation so far, oldest first', async () => {
    const seen: unknown[] = [];
    const reader: ConversationEngine = {
      name: 'reader',
      wantsHistory: true,
      respond: (input) => {
        seen.push(input.history);
        return Promise.resolve({
          state: 'browsing',
          context: input.context,
          reply: { text: 'ok' },
        });
      },
    };
    const { service } = build([reader]);
    await service.customerTurn(SESSION, { text: 'un' });
    await service.customerTurn(SESSION, { text: 'deux' });
    expect(seen[1]).toEqual([
      { role: 'customer', text: 'un' },
      { role: 'bot', text: 'ok' },
      { role: 'customer', text: 'deux' },
    ]);
  });
});
