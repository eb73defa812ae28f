/**
 * A memo that forgets everything at once when full: one map lookup to consult, bounded in
 * memory, no bookkeeping per hit (the text analysis consults its memos for every word).
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Keeps `value` for `key` (emptying the memo first when full) and returns it. */
  remember(key: K, value: V): V {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
