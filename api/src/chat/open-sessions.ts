import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { makeCounterProvider } from '@willsoto/nestjs-prometheus';
import { LRUCache } from 'lru-cache';
import { Broadcast } from '../infra/broadcast';

export const SESSION_CHECKS_METRIC = 'chat_session_checks_total';

/** How often a customer token's session was found open in memory, and how often it was read. */
export const sessionChecksCounter = makeCounterProvider({
  name: SESSION_CHECKS_METRIC,
  help: 'Checks that a customer token’s chat session is still open, by where the answer came from (memory, database)',
  labelNames: ['source'],
});

/** Where every instance hears of sessions (or a whole site) that no longer admit their tokens. */
export const ENDED_SESSIONS_CHANNEL = 'chat:sessions:ended';

/**
 * The longest a session found open is taken as open without asking the
 * database again: the bound on a change no instance announced (a session
 * closed by hand in the database, say). Announced ones take effect at once.
 */
export const OPEN_SESSION_RECHECK_MS = 60_000;
const MAX_SESSIONS = 50_000;

interface KnownOpen {
  siteId: string;
  /** Milliseconds since the epoch: the session's end, or the next check, whichever is first. */
  until: number;
  /** The broadcast's delivery epoch when it was learnt; any other epoch voids it. */
  epoch: number;
}

/** What {@link OpenSessions.remember} needs to know of the moment a database read began. */
export interface ReadMark {
  readonly endings: number;
  readonly epoch: number | null;
}

type Ending = { sessions: string[] } | { site: string };

/**
 * The customer sessions this instance found open, so that a customer's
 * requests do not each ask the database (every one of them is checked: a
 * closed session's token must stop working at once). Sound because every way
 * a session stops admitting its token announces it on the broadcast bus (the
 * conversation ending, the idle clean-up, an erasure, a site deactivated) and
 * an entry counts only while this instance is known to have heard every
 * announcement since it was made: the bus' delivery epoch is unchanged. While
 * the shared bus is unreachable nothing is remembered and the database
 * answers every check.
 */
@Injectable()
export class OpenSessions implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OpenSessions.name);
  private readonly known = new LRUCache<string, KnownOpen>({ max: MAX_SESSIONS });
  /** Moves with every ending heard: a read that began before one is not remembered. */
  private endings = 0;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly broadcast: Broadcast) {}

  async onModuleInit(): Promise<void> {
    this.unsubscribe = await this.broadcast.subscribe(ENDED_SESSIONS_CHANNEL, (message) =>
      this.heard(message),
    );
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.known.clear();
  }

  /** True when the session is known open on that site at `now`; undefined when the database must say. */
  admits(sessionId: string, siteId: string, now: number): true | undefined {
    const entry = this.known.get(sessionId);
    if (!entry) return undefined;
    if (entry.epoch !== this.broadcast.deliveryEpoch() || now >= entry.until) {
      this.known.delete(sessionId);
      return undefined;
    }
    return entry.siteId === siteId ? true : undefined;
  }

  /** Taken before the database is read, handed back to {@link remember} with what it found. */
  mark(): ReadMark {
    return { endings: this.endings, epoch: this.broadcast.deliveryEpoch() };
  }

  /**
   * The database found the session open as of `mark`. Remembered only when no
   * ending was heard since and nothing may have been missed meanwhile.
   */
  remember(mark: ReadMark, sessionId: string, siteId: string, expiresAt: Date, now: number): void {
    const epoch = this.broadcast.deliveryEpoch();
    if (!this.unsubscribe || epoch === null || epoch !== mark.epoch) return;
    if (mark.endings !== this.endings) return;
    const until = Math.min(expiresAt.getTime(), now + OPEN_SESSION_RECHECK_MS);
    if (until > now) this.known.set(sessionId, { siteId, until, epoch });
  }

  /** These sessions no longer admit their tokens: on this instance at once, then on every other. */
  async ended(sessionIds: readonly string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    await this.announce({ sessions: [...sessionIds] });
  }

  /** The site no longer admits its sessions' tokens (it was deactivated). */
  async siteEnded(siteId: string): Promise<void> {
    await this.announce({ site: siteId });
  }

  private async announce(ending: Ending): Promise<void> {
    this.forget(ending);
    await this.broadcast.publish(ENDED_SESSIONS_CHANNEL, JSON.stringify(ending));
  }

  private heard(message: string): void {
    let ending: unknown;
    try {
      ending = JSON.parse(message);
    } catch {
      ending = undefined;
    }
    if (!isEnding(ending)) {
      // Someone else's message on our channel: forget everything rather than guess.
      this.logger.warn('Unreadable session ending heard; every open session will be checked again');
      this.endings += 1;
      this.known.clear();
      return;
    }
    this.forget(ending);
  }

  private forget(ending: Ending): void {
    this.endings += 1;
    if ('sessions' in ending) {
      for (const id of ending.sessions) this.known.delete(id);
      return;
    }
    const ofSite = [...this.known.entries()].filter(([, e]) => e.siteId === ending.site);
    for (const [id] of ofSite) this.known.delete(id);
  }
}

function isEnding(value: unknown): value is Ending {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.site === 'string') return true;
  return Array.isArray(v.sessions) && v.sessions.every((id) => typeof id === 'string');
}
