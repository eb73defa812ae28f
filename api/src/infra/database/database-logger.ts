import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** Longest SQL text kept in a log line: enough to tell the statement, not a dump. */
const QUERY_MAX_CHARS = 500;

/** PostgreSQL's SQLSTATE class 22 (data exception) quotes the value it could not take. */
const QUOTES_VALUES = /^22/;

interface DriverError {
  code?: unknown;
  table?: unknown;
  constraint?: unknown;
}

function sqlText(query: string): string {
  const flat = query.replace(/\s+/g, ' ').trim();
  return flat.length > QUERY_MAX_CHARS ? `${flat.slice(0, QUERY_MAX_CHARS)}…` : flat;
}

const named = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/**
 * TypeORM's log lines in the application's structured log, without what the database
 * was given: query parameters carry customers' names, e-mails and password hashes, so
 * only the SQL text (placeholders, never values), the error's SQLSTATE and the names of
 * the table and constraint are written. Messages that quote a rejected value have it
 * masked; the driver's `detail` (which repeats the conflicting key) is never written.
 */
export class DatabaseLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQuery(): void {
    // Each query is not logged: the request log and the metrics tell what was served.
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown): void {
    const driver = (typeof error === 'object' ? error : {}) as DriverError;
    const code = named(driver.code);
    const raw = typeof error === 'string' ? error : error.message;
    const message = code && QUOTES_VALUES.test(code) ? raw.replace(/"[^"]*"/g, '"…"') : raw;
    this.logger.error(
      {
        code,
        table: named(driver.table),
        constraint: named(driver.constraint),
        query: sqlText(query),
      },
      `Query failed: ${message}`,
    );
  }

  logQuerySlow(time: number, query: string, _parameters?: unknown): void {
    this.logger.warn({ durationMs: time, query: sqlText(query) }, 'Slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = String(message);
    if (level === 'warn') this.logger.warn(text);
    else this.logger.log(text);
  }
}
