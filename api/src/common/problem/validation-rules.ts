import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Storage = ReturnType<typeof getMetadataStorage>;
type Grouped = Record<string, ValidationMetadata[]>;

const patched = new WeakSet<Storage>();

/**
 * class-validator works out a class's rules (its own and inherited ones) on every validation by
 * scanning every decorated class of the application, then groups them by property
 * (typestack/class-validator#2686): a cost paid by each request with a body or a query. The
 * answer changes only when rules are registered, as classes load, so it is kept until then.
 */
export function memoizeValidationRules(storage: Storage = getMetadataStorage()): void {
  if (patched.has(storage)) return;
  patched.add(storage);
  let rules = new WeakMap<object, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Grouped>();

  const register = storage.addValidationMetadata.bind(storage);
  storage.addValidationMetadata = (metadata: ValidationMetadata): void => {
    register(metadata);
    rules = new WeakMap();
    grouped = new WeakMap();
  };

  const resolve = storage.getTargetValidationMetadatas.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (typeof target !== 'function') return resolve(target, schema, always, strictGroups, groups);
    const key = `${schema}|${always}|${strictGroups}|${groups?.join('\u0000') ?? ''}`;
    let byOptions = rules.get(target);
    if (byOptions === undefined) {
      byOptions = new Map();
      rules.set(target, byOptions);
    }
    let found = byOptions.get(key);
    if (found === undefined) {
      found = resolve(target, schema, always, strictGroups, groups);
      byOptions.set(key, found);
    }
    return found;
  };

  const group = storage.groupByPropertyName.bind(storage);
  storage.groupByPropertyName = (metadata: ValidationMetadata[]): Grouped => {
    let found = grouped.get(metadata);
    if (found === undefined) {
      found = group(metadata);
      grouped.set(metadata, found);
    }
    return found;
  };
}
