import { type DeepReadonly, deepFreeze } from '@chipwar/schema/core';

export type { DeepReadonly } from '@chipwar/schema/core';

/** A shipped record: read-only throughout, its id narrowed to the ids the dataset ships. */
export type DatasetRecord<T extends { id: string }, Id extends T['id']> = DeepReadonly<
  Omit<T, 'id'> & { id: Id }
>;

// The published main entry and each kind's subpath are one file each, with the data of their
// kinds in them: Node then loads two modules to import the dataset instead of one per kind (see
// the cold-start rows of BENCHMARKS.md). This module is the one they share (the build keeps it a
// file of its own), so that `dataset.figures` and the `figures` of '@chipwar/dataset/figures' are
// the same frozen array, whichever of them is imported first.
const collections = new Map<string, readonly unknown[]>();

/**
 * The named collection, made and deep-frozen the first time an entry asks for it, the same array
 * after that. The package passes its records as JSON text: `JSON.parse` of a string of one byte
 * per character is the fastest way V8 has to make them in a module that is compiled on every
 * import. A bundle that runs from V8's code cache (the `chipwar` command) passes them as an array
 * literal instead, which the cache holds compiled.
 */
export function sharedCollection<R>(name: string, data: string | readonly R[]): readonly R[] {
  let records = collections.get(name);
  if (records === undefined) {
    records = frozenData(data);
    collections.set(name, records);
  }
  return records as readonly R[];
}

/** Deep-freezes data given as JSON text (parsed first) or as a value. */
export function frozenData<T>(data: string | T): T {
  return deepFreeze(typeof data === 'string' ? (JSON.parse(data) as T) : data);
}
