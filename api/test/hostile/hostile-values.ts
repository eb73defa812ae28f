import fc from 'fast-check';
import type { OpenAPIObject } from '@nestjs/swagger';

/** Injection attempts against SQL, NoSQL, template engines and HTML. */
export const INJECTIONS = [
  "' OR 1=1 --",
  "'; DROP TABLE ticket; --",
  '" OR ""="',
  '1; SELECT pg_sleep(0)',
  '{"$gt":""}',
  '{"$ne":null}',
  '${7*7}',
  '{{7*7}}',
  '#{7*7}',
  '<%= 7*7 %>',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
];

/** Path traversal, plain and percent-encoded once or twice. */
export const TRAVERSALS = [
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%252F..%252Fetc%252Fpasswd',
  '/etc/passwd',
  'file:///etc/passwd',
];

/** Unicode that breaks naive code: lone surrogates, bidi and joiners, NUL, combining marks, emoji. */
export const UNICODE_EDGES = [
  '\uD800',
  '\uDFFF',
  'a\uD83Db',
  '\u202Egnp.exe',
  '\u200F\u200E',
  '\u200D',
  'a\u200Db\u200Cc',
  '\u0000',
  'abc\u0000def',
  'e\u0301\u0301\u0301\u0301\u0301',
  'Z\u0351\u0352\u0357\u0358\u0359\u035A\u035B',
  '👨‍👩‍👧‍👦',
  '🛋️🔥',
  '\uFEFF',
  '\uFFFF\uFFFE',
  'İstanbul ß ﬁ',
  '\u0085\u2028\u2029',
  '\t\r\n\v\f',
];

/** Strings that look like numbers, or almost. */
export const NUMBERISH = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '-1e309',
  '99999999999999999999999999999999',
  '0.1e-400',
  '0x1F',
  '1_000',
  '١٢٣',
  '',
  ' ',
];

/** Dates at or past the edges of the calendar. */
export const DATES = [
  '0000-00-00',
  '9999-12-31',
  '2026-02-30',
  '2026-13-01',
  '1969-12-31T23:59:59Z',
  '-000001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-05-02T25:61:61Z',
];

export const HOSTILE_STRINGS = [
  ...INJECTIONS,
  ...TRAVERSALS,
  ...UNICODE_EDGES,
  ...NUMBERISH,
  ...DATES,
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
];

/** Text that some server-side code could mistake for a stack trace or an internal path. */
export const LEAK_MARKERS: [string, RegExp][] = [
  ['a server path', /\/work\//],
  ['node_modules', /node_modules/],
  ['a stack frame', /at Object\.|\bat [\w$.<>]+ \((?:\/|node:|file:)|\s+at \S+:\d+:\d+/],
  ['a file:line', /\.(?:ts|js|mjs|cjs):\d+(?::\d+)?/],
  ['a build path', /\bdist\//],
  ['a source path', /\bsrc\//],
  [
    'a database error',
    /QueryFailedError|TypeORM|\bpg:|duplicate key value|violates .* constraint/i,
  ],
];

const huge = (n: number) => fc.constantFrom('A'.repeat(n), 'é'.repeat(n / 2), '😀'.repeat(n / 4));

/** Any string a hostile client might send, short enough for a URL. */
export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 6 },
    // Inside ordinary text, long enough to pass length checks and reach the database.
    {
      arbitrary: fc
        .constantFrom(...HOSTILE_STRINGS)
        .map((h) => `Le pied du canapé ${h} est cassé depuis hier.`),
      weight: 3,
    },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
    { arbitrary: huge(2_000), weight: 1 },
  );
}

/** A JSON value of the wrong shape for whatever the schema asked. */
export function hostileJson(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constant(null), weight: 2 },
    { arbitrary: hostileString(), weight: 3 },
    { arbitrary: huge(200_000), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        0,
        -1,
        1.5,
        2 ** 31,
        2 ** 53 + 2,
        -(2 ** 63),
        1e308,
        Number.MIN_VALUE,
        true,
        false,
      ),
      weight: 2,
    },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
    { arbitrary: fc.constant([]), weight: 1 },
    { arbitrary: fc.constant({}), weight: 1 },
  );
}

type Schema = Record<string, unknown>;

/** Draws values for the schemas of one OpenAPI document. */
export class SchemaArbitraries {
  constructor(
    private readonly document: OpenAPIObject,
    /** Real values (ids, references, keys) to reach past the lookups, by property or parameter name. */
    private readonly known: Record<string, string[]>,
  ) {}

  resolve(schema: unknown): Schema {
    let s = (schema ?? {}) as Schema;
    for (let i = 0; typeof s.$ref === 'string' && i < 10; i++) {
      const name = s.$ref.split('/').pop() ?? '';
      s = (this.document.components?.schemas?.[name] ?? {}) as Schema;
    }
    if (Array.isArray(s.allOf) && s.allOf.length === 1) return this.resolve(s.allOf[0]);
    return s;
  }

  /** Mostly what the schema describes (with boundary values), sometimes anything hostile. */
  value(schema: unknown, name = '', depth = 0): fc.Arbitrary<unknown> {
    return fc.oneof(
      { arbitrary: this.shaped(this.resolve(schema), name, depth), weight: 4 },
      { arbitrary: hostileJson(), weight: 1 },
    );
  }

  /**
   * A body the schema's examples make valid (real ids where known), with one
   * field replaced by a hostile value or removed: past validation of the
   * rest, so the hostile value reaches the use case and the database.
   */
  mutatedExample(schema: unknown): fc.Arbitrary<unknown> {
    const example = this.example(this.resolve(schema), '', 0);
    const paths = leafPaths(example);
    if (paths.length === 0) return fc.constant(example);
    return fc
      .tuple(
        fc.constantFrom(...paths),
        fc.oneof(
          { arbitrary: hostileString(), weight: 4 },
          { arbitrary: hostileJson(), weight: 2 },
          { arbitrary: fc.constant(undefined), weight: 1 },
        ),
      )
      .map(([path, value]) => withValueAt(example, path, value));
  }

  /** The value the examples and known values describe. */
  example(s: Schema, name: string, depth: number): unknown {
    const known = this.known[name];
    if (known?.length) return known[0];
    if (s.example !== undefined) return s.example;
    if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
    switch (s.type) {
      case 'string':
        if (s.format === 'uuid') return '3f1c2b7e-8d4a-4c1e-9b2f-5a6d7e8f9a0b';
        if (s.format === 'email') return 'claire.martin@example.fr';
        if (s.format === 'date-time') return new Date().toISOString();
        return 'Canapé abîmé'.padEnd(typeof s.minLength === 'number' ? s.minLength : 0, '.');
      case 'integer':
      case 'number':
        return typeof s.minimum === 'number' ? s.minimum : 1;
      case 'boolean':
        return true;
      case 'array':
        return depth > 4 ? [] : [this.example(this.resolve(s.items), name, depth + 1)];
      default: {
        if (depth > 4 || !s.properties) return {};
        const properties = s.properties as Record<string, unknown>;
        return Object.fromEntries(
          Object.entries(properties).map(([key, sub]) => [
            key,
            this.example(this.resolve(sub), key, depth + 1),
          ]),
        );
      }
    }
  }

  /** A string for a path, query or header parameter. */
  text(schema: unknown, name: string): fc.Arbitrary<string> {
    return this.value(schema, name).map((v) =>
      typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v),
    );
  }

  private knownFor(name: string): fc.Arbitrary<string>[] {
    const values = this.known[name];
    return values?.length ? [fc.constantFrom(...values)] : [];
  }

  private shaped(s: Schema, name: string, depth: number): fc.Arbitrary<unknown> {
    const known = this.knownFor(name);
    if (Array.isArray(s.enum) && s.enum.length > 0) {
      return fc.oneof(fc.constantFrom(...(s.enum as unknown[])), hostileString());
    }
    if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) {
      const options = ((s.oneOf ?? s.anyOf) as unknown[]).map((o) =>
        this.shaped(this.resolve(o), name, depth),
      );
      return fc.oneof(...options);
    }
    switch (s.type) {
      case 'string':
        return fc.oneof(...known, ...known, this.stringOf(s));
      case 'integer':
      case 'number':
        return this.numberOf(s);
      case 'boolean':
        return fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 1, 0));
      case 'array':
        if (depth > 4) return fc.constant([]);
        return fc.array(this.value(s.items, name, depth + 1), {
          maxLength: typeof s.maxItems === 'number' ? s.maxItems + 1 : 4,
        });
      case 'object':
      default:
        if (s.type === undefined && !s.properties) {
          return known.length ? fc.oneof(...known, hostileJson()) : hostileJson();
        }
        return this.objectOf(s, depth);
    }
  }

  private stringOf(s: Schema): fc.Arbitrary<string> {
    const options: fc.Arbitrary<string>[] = [fc.string({ maxLength: 30 }), hostileString()];
    if (typeof s.example === 'string') options.push(fc.constant(s.example));
    if (typeof s.maxLength === 'number') {
      options.push(fc.constantFrom('x'.repeat(s.maxLength), 'x'.repeat(s.maxLength + 1)));
    }
    if (typeof s.minLength === 'number' && s.minLength > 0) {
      options.push(fc.constant('x'.repeat(s.minLength - 1)));
    }
    if (s.format === 'uuid') options.push(fc.uuid(), fc.uuid());
    if (s.format === 'email') options.push(fc.emailAddress(), fc.emailAddress());
    if (s.format === 'date-time' || s.format === 'date') {
      options.push(
        fc
          .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
          .map((d) => (s.format === 'date' ? d.toISOString().slice(0, 10) : d.toISOString())),
        fc.constantFrom(...DATES),
      );
    }
    return fc.oneof(...options);
  }

  private numberOf(s: Schema): fc.Arbitrary<unknown> {
    const edges: unknown[] = [0, -1, 1, 2 ** 31, 2 ** 53 + 1, -(2 ** 53) - 1, 1e308, -1e308, 0.5];
    for (const bound of [s.minimum, s.maximum]) {
      if (typeof bound === 'number') edges.push(bound - 1, bound, bound + 1, bound + 0.5);
    }
    if (typeof s.example === 'number') edges.push(s.example);
    return fc.oneof(
      fc.constantFrom(...edges),
      s.type === 'integer' ? fc.integer() : fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(...NUMBERISH),
    );
  }

  private objectOf(s: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
    if (depth > 4) return fc.constant({});
    const properties = (s.properties ?? {}) as Record<string, unknown>;
    const required = Array.isArray(s.required) ? (s.required as string[]) : [];
    const shape = Object.fromEntries(
      Object.entries(properties).map(([key, sub]) => [key, this.value(sub, key, depth + 1)]),
    );
    // Unknown fields, including ones named like properties of Object.prototype.
    const extra = fc.dictionary(
      fc.oneof(fc.constantFrom('isAdmin', 'role', 'id', 'toString', 'hasOwnProperty'), fc.string()),
      hostileJson(),
      { maxKeys: 3 },
    );
    return fc
      .tuple(
        fc.oneof(
          { arbitrary: fc.record(shape, { requiredKeys: required }), weight: 4 },
          { arbitrary: fc.record(shape, { requiredKeys: [] }), weight: 1 },
        ),
        fc.option(extra, { freq: 4 }),
      )
      .map(([body, more]) => (more ? { ...more, ...body } : body));
  }
}

/** Paths (property names and indexes) to every leaf of a JSON value. */
function leafPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return value.length ? value.flatMap((v, i) => leafPaths(v, [...at, i])) : [at];
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? entries.flatMap(([k, v]) => leafPaths(v, [...at, k])) : [at];
  }
  return [at];
}

/** A copy of `value` with `replacement` at `path` (removed when undefined). */
function withValueAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return copy;
}
