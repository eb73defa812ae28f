import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { InvalidInputError } from './domain-error';
import type { FieldError } from './problem';

/** NUL, which PostgreSQL text cannot hold, and unpaired surrogates, which have no UTF-8 form. */
const UNSTORABLE = new RegExp(`${String.fromCharCode(0)}|\\p{Surrogate}`, 'u');

/**
 * Where a request value holds text that cannot be stored: dotted paths, '' for
 * the value itself. Walks without recursion, so a body nested thousands deep
 * cannot overflow the stack.
 */
export function unstorableTextPaths(value: unknown): string[] {
  const found: string[] = [];
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [''] : found;
  // Each object met keeps its key and parent, so a path is only spelled out when one is found;
  // strings and other leaves are checked where they are met, with nothing kept for them.
  const nodes: { key: string; parent: number }[] = [];
  const pathOf = (parent: number, key: string): string => {
    const keys = [key];
    for (let i = parent; i >= 0; i = nodes[i].parent) keys.push(nodes[i].key);
    return keys.reverse().join('.');
  };
  const stack: [object, number][] = [];
  if (value !== null && typeof value === 'object') stack.push([value, -1]);
  while (stack.length > 0) {
    const [current, index] = stack.pop() as [object, number];
    for (const key of Object.keys(current)) {
      const child: unknown = (current as Record<string, unknown>)[key];
      if (UNSTORABLE.test(key)) found.push(pathOf(index, key));
      if (typeof child === 'string') {
        if (UNSTORABLE.test(child)) found.push(pathOf(index, key));
      } else if (child !== null && typeof child === 'object') {
        nodes.push({ key, parent: index });
        stack.push([child, nodes.length - 1]);
      }
    }
  }
  return found;
}

/**
 * Refuses bodies, queries and route parameters holding a NUL character or an
 * unpaired surrogate with a 400, before validators (some throw on such text)
 * and before the database (which would fail the query: a 500).
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const paths = unstorableTextPaths(value);
    if (paths.length === 0) return value;
    const errors: FieldError[] = paths.map((path) => {
      const field = path || metadata.data || metadata.type;
      return { field, message: `${field} holds a NUL character or an unpaired surrogate` };
    });
    throw new InvalidInputError('The request holds text that cannot be stored.', errors);
  }
}
