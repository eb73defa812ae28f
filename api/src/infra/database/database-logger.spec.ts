import { Logger } from '@nestjs/common';
import { DatabaseLogger } from './database-logger';

describe('DatabaseLogger', () => {
  const logger = new DatabaseLogger();
  let error: jest.SpyInstance;
  let warn: jest.SpyInstance;
  let log: jest.SpyInstance;
  let debug: jest.SpyInstance;

  beforeEach(() => {
    error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    debug = jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('writes a failed query with its SQLSTATE, table and constraint, never its parameters', () => {
    const failure = Object.assign(
      new Error('duplicate key value violates unique constraint "customer_email_key"'),
      {
        code: '23505',
        table: 'customer',
        constraint: 'customer_email_key',
        detail: 'Key (email)=(jeanne.dupont@example.fr) already exists.',
      },
    );
    logger.logQueryError(failure, 'INSERT INTO "customer" ("email")\n    VALUES ($1)', [
      'jeanne.dupont@example.fr',
    ]);
    expect(error).toHaveBeenCalledWith(
      {
        code: '23505',
        table: 'customer',
        constraint: 'customer_email_key',
        query: 'INSERT INTO "customer" ("email") VALUES ($1)',
      },
      'Query failed: duplicate key value violates unique constraint "customer_email_key"',
    );
    expect(JSON.stringify(error.mock.calls)).not.toContain('jeanne.dupont');
  });

  it('masks the value a data exception quotes', () => {
    const failure = Object.assign(new Error('invalid input value for enum status: "secret"'), {
      code: '22P02',
    });
    logger.logQueryError(failure, 'SELECT 1');
    expect(error.mock.calls[0]?.[1]).toBe('Query failed: invalid input value for enum status: "…"');
  });

  it('takes an error given as text, and cuts a long statement', () => {
    logger.logQueryError('Connection terminated', `SELECT ${'x, '.repeat(400)}1`);
    const [fields, message] = error.mock.calls[0] as [{ query: string; code?: string }, string];
    expect(message).toBe('Query failed: Connection terminated');
    expect(fields.code).toBeUndefined();
    expect(fields.query).toHaveLength(501);
    expect(fields.query.endsWith('…')).toBe(true);
  });

  it('warns of a slow query with its duration', () => {
    logger.logQuerySlow(2_500, 'SELECT pg_sleep($1)', [3]);
    expect(warn).toHaveBeenCalledWith(
      { durationMs: 2_500, query: 'SELECT pg_sleep($1)' },
      'Slow query',
    );
  });

  it('passes migrations and TypeORM’s own messages on at their level', () => {
    logger.logMigration('Migration Init1700000000000 has been executed successfully.');
    logger.log('info', 'ready');
    logger.log('warn', 42);
    logger.logQuery();
    logger.logSchemaBuild('schema');
    expect(log.mock.calls).toEqual([
      ['Migration Init1700000000000 has been executed successfully.'],
      ['ready'],
    ]);
    expect(warn).toHaveBeenCalledWith('42');
    expect(debug).toHaveBeenCalledWith('schema');
  });
});
