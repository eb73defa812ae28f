import type { Reflector } from '@nestjs/core';

/**
 * A `Reflector` that remembers what it read. Route metadata is written by decorators as classes
 * load and never changes afterwards, while a guard may read it on every request: the rate
 * limiter reads five keys per throttler for each call, each a walk of reflect-metadata's
 * registry up the handler's prototype chain.
 */
export function memoizedReflector(reflector: Reflector): Reflector {
  const read = new WeakMap<object, Map<unknown, unknown>>();
  const memoized = Object.create(reflector) as Reflector;
  const get = (key: unknown, target: object): unknown => {
    let known = read.get(target);
    if (known === undefined) {
      known = new Map();
      read.set(target, known);
    }
    if (known.has(key)) return known.get(key);
    const value: unknown = reflector.get(key as string, target as () => void);
    known.set(key, value);
    return value;
  };
  memoized.get = get as Reflector['get'];
  return memoized;
}
