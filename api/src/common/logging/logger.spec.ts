import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { loadConfig } from '../../config';
import { createRootLogger, redactSensitive } from './logger';

/** A root logger writing into an array of parsed lines. */
function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const text: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text.push(chunk.toString());
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const config = loadConfig({ LOG_LEVEL: level }, { cwd: '/srv/app', repoRoot: '/srv/app' });
  return { logger: createRootLogger(config, destination), lines, text: () => text.join('') };
}

describe('redactSensitive', () => {
  it('blanks sensitive keys at any depth of plain objects and arrays, in any case', () => {
    const value = {
      password: 'hunter2',
      order: { number: 'CMD-2026-000001', customer: { email: 'jeanne@example.fr', tier: 'gold' } },
      headers: { Authorization: 'Bearer abc', 'X-API-Key': 'sk_live_1', accept: 'json' },
      users: [{ name: 'Ana', refreshToken: 'r1' }, 'plain'],
      deep: { a: { b: { c: { d: { newPassword: 'x' } } } } },
    };
    expect(redactSensitive(value)).toEqual({
      password: '[redacted]',
      order: { number: 'CMD-2026-000001', customer: { email: '[redacted]', tier: 'gold' } },
      headers: { Authorization: '[redacted]', 'X-API-Key': '[redacted]', accept: 'json' },
      users: [{ name: 'Ana', refreshToken: '[redacted]' }, 'plain'],
      deep: { a: { b: { c: { d: { newPassword: '[redacted]' } } } } },
    });
  });

  it("never changes the caller's object and returns it untouched when nothing is sensitive", () => {
    const value = { customer: { email: 'jeanne@example.fr' }, list: [{ token: 't' }] };
    const before = structuredClone(value);
    const redacted = redactSensitive(value) as typeof value;
    expect(value).toEqual(before);
    expect(redacted.customer).not.toBe(value.customer);
    const clean = { ticket: 'SAV-2026-000001', items: [{ sku: 'CAN-001' }] };
    expect(redactSensitive(clean)).toBe(clean);
  });

  it('blanks the fields of data classes such as a request body', () => {
    class SignInBody {
      email = 'jeanne@example.fr';
      password = 'hunter2';
      remember = true;
    }
    expect(redactSensitive({ body: new SignInBody() })).toEqual({
      body: { email: '[redacted]', password: '[redacted]', remember: true },
    });
  });

  it('leaves errors, emitters (requests, sockets) and serialisable objects to their serialisers', () => {
    const error = Object.assign(new Error('x'), { email: 'jeanne@example.fr' });
    expect(redactSensitive(error)).toBe(error);
    const emitter = Object.assign(new EventEmitter(), { token: 't' });
    expect(redactSensitive(emitter)).toBe(emitter);
    class Serialised {
      secret = 's';
      toJSON(): string {
        return 'what is logged';
      }
    }
    const serialised = new Serialised();
    expect(redactSensitive(serialised)).toBe(serialised);
    expect(redactSensitive(new Date(0))).toEqual(new Date(0));
    expect(redactSensitive('text')).toBe('text');
    expect(redactSensitive(null)).toBeNull();
  });
});

describe('createRootLogger', () => {
  it('blanks sensitive fields of a logged object and scrubs its message', () => {
    const { logger, lines } = capture();
    logger.info(
      { user: { email: 'jeanne@example.fr', role: 'agent' }, password: 'hunter2' },
      'Signed in jeanne.dupont@example.fr with Bearer abcdefgh12345678',
    );
    expect(lines[0]).toMatchObject({
      user: { email: '[redacted]', role: 'agent' },
      password: '[redacted]',
      msg: 'Signed in [email] with Bearer [redacted]',
    });
  });

  it("keeps a failed statement's bound values and the constraint's values out of the log", () => {
    const { logger, lines, text } = capture();
    const driverError = Object.assign(
      new Error('duplicate key value violates unique constraint "customer_email_key"'),
      {
        code: '23505',
        detail: 'Key (email)=(jeanne.dupont@example.fr) already exists.',
      },
    );
    const failure = new QueryFailedError(
      'INSERT INTO customer (email, name) VALUES ($1, $2)',
      ['jeanne.dupont@example.fr', 'Jeanne Dupont'],
      driverError,
    );
    logger.error({ err: failure, requestId: 'r-1' }, failure.message);

    const err = lines[0]?.err as Record<string, unknown>;
    expect(err).toMatchObject({
      type: 'QueryFailedError',
      code: '23505',
      query: 'INSERT INTO customer (email, name) VALUES ($1, $2)',
      parameters: '[2 values redacted]',
      detail: 'Key (email)=(…) already exists.',
    });
    expect((err.driverError as Record<string, unknown>).detail).toBe(
      'Key (email)=(…) already exists.',
    );
    expect(typeof err.stack).toBe('string');
    expect(lines[0]?.requestId).toBe('r-1');
    expect(text()).not.toMatch(/jeanne|Dupont/i);
  });

  it('scrubs credentials from error messages and nested causes', () => {
    const { logger, lines } = capture();
    const cause = new Error('upstream said: token=abc123secret');
    logger.error({ err: new Error('login failed for jeanne@example.fr', { cause }) }, 'failed');
    const err = lines[0]?.err as { message: string };
    // pino appends the causes' messages to the error's own.
    expect(err.message).toBe('login failed for [email]: upstream said: token=[redacted]');
    expect(JSON.stringify(lines[0])).not.toContain('abc123secret');
  });

  it("keeps a child's bindings as given", () => {
    const { logger, lines } = capture();
    logger.child({ reqId: 'r-2' }).info('inside');
    expect(lines[0]).toMatchObject({ reqId: 'r-2', msg: 'inside', service: 'mdf-api' });
  });
});
