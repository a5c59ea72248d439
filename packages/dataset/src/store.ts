import type { DeepReadonly } from '@chipwar/schema/core';

export type { DeepReadonly } from '@chipwar/schema/core';

/** A shipped record: read-only throughout, its id narrowed to the ids the dataset ships. */
export type DatasetRecord<T extends { id: string }, Id extends T['id']> = DeepReadonly<
  Omit<T, 'id'> & { id: Id }
>;

// The published main entry and each kind's subpath are one file each, with the data of their
// kinds in them: Node then loads two modules to import the dataset instead of one per kind (see
// the cold-start rows of BENCHMARKS.md). This module is the one they share (the build keeps it a
// file of its own), so that `dataset.figures` and the `figures` of '@chipwar/dataset/figures' are
// the same frozen array, whichever of them is imported first; '@chipwar/dataset/collections' parses
// each part only when it is asked for, and shares it the same way.
const parts = new Map<string, unknown>();

/**
 * The named part of the dataset (a collection, `meta` or `retired`), parsed from its JSON text and
 * deep-frozen the first time an entry asks for it, the same value after that. `JSON.parse` of a
 * string of one byte per character is the fastest way V8 has to make the records in a module that
 * is compiled on every import; the build writes every character outside ASCII as a JSON escape to
 * keep the string so.
 */
export function shared<T>(name: string, json: string): T {
  let value = parts.get(name);
  if (value === undefined) {
    value = parseFrozen(json);
    parts.set(name, value);
  }
  return value as T;
}

// A JSON.parse reviver that freezes every value as it is parsed, children before their parent:
// called as reviver(key, value), it runs Object.freeze.call(key, value), that is
// Object.freeze(value). It is built-in code only, so V8 has no hot JavaScript function to optimize:
// a JavaScript walker over the dataset's ~3,000 objects is compiled by TurboFan at every start,
// which costs about 4 ms of CPU and 3.5 MiB of memory (measured on Node 20).
const freezeParsed = Function.prototype.call.bind(Object.freeze) as (key: string, value: unknown) => unknown;

/** Parses JSON text, every object and array of it frozen. */
export function parseFrozen<T>(json: string): T {
  return JSON.parse(json, freezeParsed) as T;
}
