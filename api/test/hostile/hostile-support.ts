import type { DataSource } from 'typeorm';
import type { LogCapture } from '../support/test-app';
import type { Exchange } from './hostile-client';

/**
 * Property runs per operation and caller: a few in the ordinary e2e run, many
 * with `npm run test:hostile -w api` (HOSTILE_RUNS).
 */
export function fuzzRuns(): number {
  const runs = Number(process.env.HOSTILE_RUNS ?? '10');
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error('HOSTILE_RUNS must be a positive integer');
  }
  return runs;
}

/** The seed of a failed run to replay (HOSTILE_SEED), else a new one each run. */
export function fuzzSeed(): number | undefined {
  const seed = process.env.HOSTILE_SEED;
  if (seed === undefined) return undefined;
  if (!/^-?\d+$/.test(seed)) throw new Error('HOSTILE_SEED must be an integer');
  return Number(seed);
}

/** UTF-8 percent-encoding of one code unit sequence, lone surrogates included (as WTF-8, invalid UTF-8). */
function percentEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(text[i]);
    }
  }
  return out;
}

/**
 * A path parameter as a client would put it in the URL: encoded, except the
 * already-encoded traversal attempts, which are sent as they are.
 */
export function pathSegment(value: string): string {
  if (/%2e|%2f|%25/i.test(value)) return value.replace(/[^\x21-\x7e]/g, (c) => percentEncode(c));
  return percentEncode(value);
}

/** A header value fetch will send: latin-1 without control characters (the raw-socket cases send the rest). */
export function headerSafe(value: string): string {
  if (/^[\x20-\x7e\x80-\xff\t]*$/.test(value)) return value.trim();
  return percentEncode(value);
}

/** Rows in every table of the application's schema. */
export async function tableCounts(db: DataSource): Promise<Map<string, number>> {
  const tables = await db.query<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  const counts = new Map<string, number>();
  for (const { tablename } of tables) {
    const [row] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${tablename}"`);
    counts.set(tablename, row.n);
  }
  return counts;
}

/** What the server logged about a failed request (its client only gets a generic problem). */
export function serverError(logs: LogCapture, x: Exchange): string {
  const id = x.headers['x-request-id'];
  const line = logs.lines.find((l) => l.includes(`"reqId":"${id}"`) && l.includes('"err"'));
  return line ? (/"stack":"([^"]{0,400})/.exec(line)?.[1] ?? line.slice(0, 400)) : 'none';
}
