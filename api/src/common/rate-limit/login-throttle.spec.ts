import { Logger } from '@nestjs/common';
import type { AppConfig } from '../../config';
import { ManualClockStore } from '../../../test/support/manual-clock-store';
import { TooManyRequestsError } from '../problem/domain-error';
import {
  ACCOUNT_FAILURE_LIMIT,
  LoginThrottle,
  lockDurationMs,
  STREAK_LIMIT,
} from './login-throttle';
import { StoreFailover } from './store-failover';

const MINUTE = 60_000;
const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const IP = '203.0.113.7';
const OTHER_IP = '198.51.100.20';

function configWith(loginPerMinute: number): AppConfig {
  return { rateLimit: { perMinute: 100, loginPerMinute } } as AppConfig;
}

/** Seconds the caller is told to wait, or null when the attempt is allowed. */
async function refusal(promise: Promise<void>): Promise<number | null> {
  try {
    await promise;
    return null;
  } catch (err) {
    if (!(err instanceof TooManyRequestsError)) throw err;
    return err.retryAfterSeconds;
  }
}

describe('lockDurationMs', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [4, 8],
    [5, 16],
    [6, 32],
    [7, 60],
    [20, 60],
  ])('lock number %i lasts %i minutes', (lockNumber, minutes) => {
    expect(lockDurationMs(lockNumber)).toBe(minutes * MINUTE);
  });
});

describe('LoginThrottle', () => {
  let store: ManualClockStore;
  let throttle: LoginThrottle;
  let warn: jest.SpyInstance;

  function build(loginPerMinute = 5): void {
    store = new ManualClockStore();
    throttle = new LoginThrottle(
      new StoreFailover(store, { now: store.now }),
      configWith(loginPerMinute),
    );
  }

  /** An attempt that goes through the whole flow and fails (wrong password). */
  async function fail(email: string, ip: string): Promise<number | null> {
    const refused = await refusal(throttle.assertAllowed(email, ip));
    if (refused === null) await throttle.recordFailure(email, ip);
    return refused;
  }

  beforeEach(() => {
    build();
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  describe('attempts per minute for one account+IP', () => {
    it('allows the configured attempts and refuses the next until the minute ends', async () => {
      build(3);
      for (let i = 0; i < 3; i++)
        expect(await refusal(throttle.assertAllowed(ALICE, IP))).toBeNull();
      store.advance(20_000);
      await expect(throttle.assertAllowed(ALICE, IP)).rejects.toMatchObject({
        status: 429,
        slug: 'too-many-requests',
        retryAfterSeconds: 40,
        headers: { 'Retry-After': '40' },
        message: 'Too many login attempts. Try again in 40 seconds.',
      });
      store.advance(40_000);
      expect(await refusal(throttle.assertAllowed(ALICE, IP))).toBeNull();
    });

    it('counts successful attempts too, and never touches another IP or account', async () => {
      build(2);
      await throttle.assertAllowed(ALICE, IP);
      await throttle.recordSuccess(ALICE, IP);
      await throttle.assertAllowed(ALICE, IP);
      expect(await refusal(throttle.assertAllowed(ALICE, IP))).toBe(60);
      expect(await refusal(throttle.assertAllowed(ALICE, OTHER_IP))).toBeNull();
      expect(await refusal(throttle.assertAllowed(BOB, IP))).toBeNull();
    });

    it('normalises the e-mail: case and surrounding spaces do not make a new account', async () => {
      build(2);
      await throttle.assertAllowed('Alice@Example.COM', IP);
      await throttle.assertAllowed(`  ${ALICE} `, IP);
      expect(await refusal(throttle.assertAllowed(ALICE, IP))).toBe(60);
    });
  });

  describe('account+IP lock after consecutive failures', () => {
    it(`locks the pair for 1 minute on the ${STREAK_LIMIT}th failure, without touching others`, async () => {
      build(1_000);
      for (let i = 0; i < STREAK_LIMIT - 1; i++) await fail(ALICE, IP);
      expect(await refusal(throttle.assertAllowed(ALICE, IP))).toBeNull();
      await throttle.recordFailure(ALICE, IP);

      expect(await refusal(throttle.assertAllowed(ALICE, IP))).toBe(60);
      expect(await refusal(throttle.assertAllowed(ALICE, OTHER_IP))).toBeNull();
      expect(await refusal(throttle.assertAllowed(BOB, IP))).toBeNull();
      store.advance(MINUTE);
      expect(await refusal(throttle.assertAllowed(ALICE, IP))).toBeNull();
    });

    it('doubles each further lock, up to one hour', async () => {
      build(1_000);
      const lockMinutes: number[] = [];
      for (let lock = 0; lock < 8; lock++) {
        for (let i = 0; i < STREAK_LIMIT; i++) expect(await fail(ALICE, IP)).toBeNull();
        const seconds = await refusal(throttle.assertAllowed(ALICE, IP));
        lockMinutes.push((seconds ?? 0) / 60);
        store.advance((seconds ?? 0) * 1000);
      }
      expect(lockMinutes).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    });

    it('a success ends the streak', async () => {
      build(1_000);
      for (let i = 0; i < STREAK_LIMIT - 1; i++) await fail(ALICE, IP);
      await throttle.recordSuccess(ALICE, IP);
      for (let i = 0; i < STREAK_LIMIT - 1; i++) await fail(ALICE, IP);
      expect(await refusal(throttle.assertAllowed(ALICE, IP))).toBeNull();
    });

    it('locks an e-mail that matches no account exactly like a real one', async () => {
      build(1_000);
      const nobody = 'nobody-here@example.com';
      for (let i = 0; i < STREAK_LIMIT; i++) await fail(nobody, IP);
      for (let i = 0; i < STREAK_LIMIT; i++) await fail(ALICE, OTHER_IP);
      const unknown = throttle.assertAllowed(nobody, IP);
      const known = throttle.assertAllowed(ALICE, OTHER_IP);
      await expect(unknown).rejects.toThrow('Too many login attempts. Try again in 60 seconds.');
      await expect(known).rejects.toThrow('Too many login attempts. Try again in 60 seconds.');
    });
  });

  describe('account lock after failures from any IPs', () => {
    const ipNumber = (i: number) => `192.0.2.${i + 1}`;

    it(`locks the account for every IP on the ${ACCOUNT_FAILURE_LIMIT}th failure in 15 minutes`, async () => {
      build(1_000);
      for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
        expect(await fail(ALICE, ipNumber(i))).toBeNull();
        store.advance(30_000);
      }
      // 20 failures took 10 minutes; the lock (1 minute) started with the last one.
      expect(await refusal(throttle.assertAllowed(ALICE, '192.0.2.200'))).toBe(30);
      expect(await refusal(throttle.assertAllowed(BOB, '192.0.2.200'))).toBeNull();
      expect(await refusal(throttle.assertAllowed(BOB, ipNumber(0)))).toBeNull();
    });

    it('forgets failures older than the 15-minute window', async () => {
      build(1_000);
      for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) await fail(ALICE, ipNumber(i));
      store.advance(15 * MINUTE);
      expect(await fail(ALICE, ipNumber(100))).toBeNull();
      expect(await refusal(throttle.assertAllowed(ALICE, ipNumber(101)))).toBeNull();
    });

    it('grows the account lock like the pair lock', async () => {
      build(1_000);
      const lockMinutes: number[] = [];
      for (let lock = 0; lock < 3; lock++) {
        for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) await fail(ALICE, ipNumber(lock * 100 + i));
        const seconds = await refusal(throttle.assertAllowed(ALICE, '192.0.2.250'));
        lockMinutes.push((seconds ?? 0) / 60);
        store.advance((seconds ?? 0) * 1000);
      }
      expect(lockMinutes).toEqual([1, 2, 4]);
    });

    it('a success from one IP does not lift an active account lock', async () => {
      build(1_000);
      for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) await fail(ALICE, ipNumber(i));
      await throttle.recordSuccess(ALICE, '192.0.2.250');
      expect(await refusal(throttle.assertAllowed(ALICE, '192.0.2.250'))).toBe(60);
    });
  });

  describe('privacy', () => {
    it('keeps no e-mail or IP in store keys or values, nor in the lock log lines', async () => {
      build(1_000);
      const email = 'Jeanne.Dupont@Example.fr';
      // A pair lock, then an account lock: both kinds of key and log line.
      for (let i = 0; i < STREAK_LIMIT; i++) await fail(email, IP);
      for (let i = STREAK_LIMIT; i < ACCOUNT_FAILURE_LIMIT; i++) await fail(email, `192.0.2.${i}`);
      await throttle.recordSuccess(email, OTHER_IP);
      expect(warn).toHaveBeenCalledTimes(2);

      const written = [
        ...store.keys(),
        ...(await Promise.all(store.keys().map((k) => store.get(k)))),
      ];
      expect(written.length).toBeGreaterThan(0);
      expect(warn).toHaveBeenCalled();
      const logged = warn.mock.calls.map((call) => JSON.stringify(call));
      for (const text of [...written, ...logged].map((t) => String(t).toLowerCase())) {
        expect(text).not.toContain('jeanne');
        expect(text).not.toContain('dupont');
        expect(text).not.toContain('example.fr');
        expect(text).not.toContain('203.0.113.');
        expect(text).not.toContain('192.0.2.');
        expect(text).not.toContain('198.51.100.');
      }
      for (const key of store.keys()) expect(key).toMatch(/^login:[a-z:-]+:[0-9a-f]{64}$/);
    });
  });

  describe('when the shared store is down', () => {
    it('neither crashes nor refuses everyone, and still locks per instance', async () => {
      build(1_000);
      store.down = true;
      expect(await refusal(throttle.assertAllowed(ALICE, IP))).toBeNull();
      expect(await refusal(throttle.assertAllowed(BOB, IP))).toBeNull();
      for (let i = 0; i < STREAK_LIMIT; i++) await fail(ALICE, IP);
      expect(await refusal(throttle.assertAllowed(ALICE, IP))).toBeGreaterThan(0);
      expect(await refusal(throttle.assertAllowed(BOB, IP))).toBeNull();
    });
  });
});
