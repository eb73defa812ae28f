// A widget customer as the fault suite drives it: opens a chat session, sends turns with a
// clientMessageId and resends the same id on another instance when the network fails, and
// follows the session's live events, reconnecting with Last-Event-ID.
import { randomUUID } from 'node:crypto';
import { type ApiInstance, SITE_KEY, sleep } from './infra.mts';

/** Seeded demo order (api/src/seed/data/orders.ts): a sofa delivered two days ago. */
export const ORDER = { number: 'CMD-2026-011338', postcode: '33000' };
export const CLAIM_TURNS = [
  "Le mécanisme du convertible de mon canapé est bloqué, impossible de l'ouvrir.",
  `${ORDER.number} ${ORDER.postcode}`,
  "Je n'ai pas de photo",
];
export const BROWSING_TURNS = [
  'Bonjour, je cherche un canapé gris à moins de 1500 €',
  'moins cher',
  'Quels sont les délais de livraison ?',
  'plutôt en bleu',
];

export interface Session {
  sessionId: string;
  token: string;
}

export interface Turn {
  message: { id: string; role: string; text: string };
  reply: { id: string; text: string; ticket?: { reference: string } } | null;
  state: string;
}

export interface Accepted {
  sessionId: string;
  clientMessageId: string;
  messageId: string;
  replyId: string | null;
  status: number;
}

/** Counts of what the clients saw, for the report. */
export interface Tally {
  requests: number;
  networkErrors: number;
  byStatus: Record<number, number>;
  /** The longest a turn took from its first attempt to its 2xx. */
  slowestTurnMs: number;
  /** Every answer that was not a 2xx: its status, media type and problem type. */
  refusals: { status: number; contentType: string; problemType: string }[];
}

export const newTally = (): Tally => ({
  requests: 0,
  networkErrors: 0,
  byStatus: {},
  slowestTurnMs: 0,
  refusals: [],
});

function count(tally: Tally, status: number): void {
  tally.requests++;
  tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
}

/** Records a non-2xx answer and returns its body. */
async function refusal(tally: Tally, res: Response): Promise<string> {
  const body = await res.text();
  let problemType = '';
  try {
    problemType = String((JSON.parse(body) as { type?: unknown }).type ?? '');
  } catch {
    /* not JSON: recorded as such */
  }
  tally.refusals.push({
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    problemType,
  });
  return body;
}

/** How long a client keeps resending one message (network errors and 5xx). */
const GIVE_UP_MS = 90_000;

/** Opens a chat session on the first instance that answers. */
export async function openSession(apis: ApiInstance[], tally: Tally): Promise<Session> {
  const started = Date.now();
  for (let attempt = 0; Date.now() - started < GIVE_UP_MS; attempt++) {
    const api = apis[attempt % apis.length];
    try {
      const res = await fetch(`${api.base}/api/v1/chat/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: api.origin },
        body: JSON.stringify({ siteKey: SITE_KEY, locale: 'fr' }),
      });
      count(tally, res.status);
      if (res.ok) return (await res.json()) as Session;
      const body = await refusal(tally, res);
      if (res.status < 500) throw new Error(`opening a session: ${res.status} ${body}`);
    } catch (err) {
      if (!(err instanceof TypeError)) throw err;
      tally.networkErrors++;
    }
    await sleep(100);
  }
  throw new Error('no instance opened a chat session');
}

/**
 * Sends `text` once, as the widget does: the same clientMessageId on every attempt,
 * moving to the next instance of `apis` after a network error or a 5xx.
 * Resolves with the first 2xx answer.
 */
export async function sendTurn(
  apis: ApiInstance[],
  session: Session,
  text: string,
  tally: Tally,
  accepted: Accepted[],
): Promise<Turn> {
  const clientMessageId = randomUUID();
  const started = Date.now();
  let index = 0;
  while (Date.now() - started < GIVE_UP_MS) {
    const api = apis[index % apis.length];
    try {
      const res = await fetch(`${api.base}/api/v1/chat/sessions/${session.sessionId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
        body: JSON.stringify({ text, clientMessageId }),
      });
      count(tally, res.status);
      if (res.ok) {
        const turn = (await res.json()) as Turn;
        tally.slowestTurnMs = Math.max(tally.slowestTurnMs, Date.now() - started);
        accepted.push({
          sessionId: session.sessionId,
          clientMessageId,
          messageId: turn.message.id,
          replyId: turn.reply?.id ?? null,
          status: res.status,
        });
        return turn;
      }
      const body = await refusal(tally, res);
      if (res.status < 500) throw new Error(`turn refused: ${res.status} ${body}`);
    } catch (err) {
      if (!(err instanceof TypeError)) throw err;
      tally.networkErrors++;
    }
    index++;
    await sleep(200);
  }
  throw new Error(`turn never accepted: ${text}`);
}

export interface Followed {
  ids: number[];
  reconnects: number;
}

/**
 * Follows a session's events until `stop` is called: on the first instance of `apis`, then,
 * when the stream ends or fails, on the next one with Last-Event-ID = the last id received.
 */
export function followEvents(
  apis: ApiInstance[],
  session: Session,
): { followed: Followed; connected: Promise<void>; stop: () => Promise<void> } {
  const followed: Followed = { ids: [], reconnects: 0 };
  const abort = new AbortController();
  let onConnected!: () => void;
  const connected = new Promise<void>((done) => (onConnected = done));
  const loop = (async () => {
    let index = 0;
    let first = true;
    // What an EventSource keeps as its last event id: from event frames and position frames.
    let cursor: string | undefined;
    while (!abort.signal.aborted) {
      const api = apis[index % apis.length];
      try {
        const res = await fetch(`${api.base}/api/v1/chat/sessions/${session.sessionId}/events`, {
          headers: {
            accept: 'text/event-stream',
            authorization: `Bearer ${session.token}`,
            ...(cursor !== undefined ? { 'last-event-id': cursor } : {}),
          },
          signal: abort.signal,
        });
        if (!res.ok || !res.body) throw new TypeError(`events: ${res.status}`);
        if (first) {
          first = false;
          onConnected();
        }
        const decoder = new TextDecoder();
        let buffer = '';
        for await (const chunk of res.body) {
          buffer += decoder.decode(chunk as Uint8Array, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const id = /^id: ?(.+)$/m.exec(frame)?.[1];
            const event = /^event: ?(.+)$/m.exec(frame)?.[1];
            if (id !== undefined) cursor = id;
            // A position frame carries an id but no event: it only moves the cursor.
            if (id !== undefined && event !== undefined) followed.ids.push(Number(id));
          }
        }
      } catch {
        if (abort.signal.aborted) return;
      }
      followed.reconnects++;
      index++;
      await sleep(200);
    }
  })();
  return {
    followed,
    connected,
    stop: async () => {
      abort.abort();
      await loop;
    },
  };
}
