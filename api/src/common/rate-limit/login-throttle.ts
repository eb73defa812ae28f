import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';
import { AppConfig } from '../../config';
import type { KeyValueStore } from '../../infra/store';
import { TooManyRequestsError } from '../problem/domain-error';
import { StoreFailover } from './store-failover';

const MINUTE_MS = 60_000;
/** Window of the per-minute attempt count for one account+IP. */
const ATTEMPT_WINDOW_MS = MINUTE_MS;
/** Consecutive failures from one IP on one account that lock that pair. */
export const STREAK_LIMIT = 5;
/** Failures on one account, from any IPs, within the window below, that lock the account. */
export const ACCOUNT_FAILURE_LIMIT = 20;
const ACCOUNT_FAILURE_WINDOW_MS = 15 * MINUTE_MS;
const FIRST_LOCK_MS = MINUTE_MS;
const LONGEST_LOCK_MS = 60 * MINUTE_MS;
/** Streaks (from their first failure) and lock counts (from the last lock) are kept this long. */
const MEMORY_MS = 24 * 60 * MINUTE_MS;

/** The n-th lock (from 1) lasts 1 min, doubling each time, at most 1 h. */
export function lockDurationMs(lockNumber: number): number {
  return Math.min(FIRST_LOCK_MS * 2 ** Math.max(0, lockNumber - 1), LONGEST_LOCK_MS);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

type LockScope = 'account' | 'account+IP';

/** Store keys for one login attempt: hashes only, never the e-mail or the IP. */
function loginKeys(email: string, ip: string) {
  const normalisedEmail = email.trim().toLowerCase();
  const account = sha256(`account\n${normalisedEmail}`);
  const accountIp = sha256(`account+ip\n${normalisedEmail}\n${normalizeIp(ip.trim())}`);
  return {
    attempts: `login:attempts:${accountIp}`,
    streak: `login:streak:${accountIp}`,
    accountFailures: `login:failures:${account}`,
    lock: {
      'account+IP': {
        key: `login:lock:account-ip:${accountIp}`,
        count: `login:lock-count:account-ip:${accountIp}`,
        tag: accountIp,
      },
      account: {
        key: `login:lock:account:${account}`,
        count: `login:lock-count:account:${account}`,
        tag: account,
      },
    },
  };
}

/**
 * Brute-force protection for `POST /auth/login`. The auth service calls
 * `assertAllowed` before checking the password, then `recordFailure` or
 * `recordSuccess`. Nothing here knows whether an account exists, so unknown
 * e-mails are limited and locked exactly like real ones (no enumeration).
 * Counters live in the shared store, or per instance while it is down.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger('LoginThrottle');

  constructor(
    private readonly stores: StoreFailover,
    private readonly config: AppConfig,
  ) {}

  /**
   * Counts this attempt; throws TooManyRequestsError when the account+IP made
   * more than the configured attempts this minute, or the account or the
   * account+IP is locked.
   */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const keys = loginKeys(email, ip);
    const limit = this.config.rateLimit.loginPerMinute;
    const waitMs = await this.stores.run(async (store) => {
      const attempts = await store.increment(keys.attempts, ATTEMPT_WINDOW_MS);
      const overLimitMs =
        attempts > limit ? ((await store.ttl(keys.attempts)) ?? ATTEMPT_WINDOW_MS) : 0;
      const [accountLockMs, accountIpLockMs] = await Promise.all([
        store.ttl(keys.lock.account.key),
        store.ttl(keys.lock['account+IP'].key),
      ]);
      return Math.max(overLimitMs, accountLockMs ?? 0, accountIpLockMs ?? 0);
    });
    if (waitMs <= 0) return;
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    throw new TooManyRequestsError(
      `Too many login attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
      seconds,
    );
  }

  /** A wrong e-mail or password: extends the streaks and locks when a threshold is reached. */
  async recordFailure(email: string, ip: string): Promise<void> {
    const keys = loginKeys(email, ip);
    await this.stores.run(async (store) => {
      const streak = await store.increment(keys.streak, MEMORY_MS);
      if (streak >= STREAK_LIMIT) {
        await store.delete(keys.streak);
        await this.lock(store, 'account+IP', keys.lock['account+IP']);
      }
      const failures = await store.increment(keys.accountFailures, ACCOUNT_FAILURE_WINDOW_MS);
      if (failures >= ACCOUNT_FAILURE_LIMIT) {
        await store.delete(keys.accountFailures);
        await this.lock(store, 'account', keys.lock.account);
      }
    });
  }

  /** A successful login ends the account+IP failure streak; an account lock stays. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    const keys = loginKeys(email, ip);
    await this.stores.run((store) => store.delete(keys.streak));
  }

  private async lock(
    store: KeyValueStore,
    scope: LockScope,
    lock: { key: string; count: string; tag: string },
  ): Promise<void> {
    const lockNumber = Number((await store.get(lock.count)) ?? 0) + 1;
    await store.set(lock.count, String(lockNumber), MEMORY_MS);
    const durationMs = lockDurationMs(lockNumber);
    await store.set(lock.key, '1', durationMs);
    // A short hash identifies repeated locks in the logs without the e-mail or IP.
    this.logger.warn(
      { scope, subject: lock.tag.slice(0, 12), lockNumber, lockSeconds: durationMs / 1000 },
      `Login locked (${scope}) for ${durationMs / 1000} s after repeated failures`,
    );
  }
}
