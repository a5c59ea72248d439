/**
 * The dataset one collection at a time, each parsed and frozen the first time it is asked for: for
 * a program that needs only some kinds, or that should start before it needs any (`@chipwar/query`
 * and the `chipwar` command read the dataset this way, so that a `get` parses only the kind of the
 * id it is given). Each collection is the same frozen array as the one `@chipwar/dataset` and its
 * subpath export.
 *
 * ```ts
 * import { collection } from '@chipwar/dataset/collections';
 * collection('figures').length; // only the figures are parsed
 * ```
 *
 * @packageDocumentation
 */
import { ArgumentError, nearestIds } from '@chipwar/schema/core';
import type { ShippedDataset } from './generated/index.ts';
import { meta } from './generated/meta.ts';
import { retired } from './generated/retired.ts';
import { COLLECTION_TEXTS } from './generated/texts.ts';
import { shared } from './store.ts';

export type { ShippedDataset } from './generated/index.ts';
export { meta, retired };

/** The name of a collection of the dataset: `'countries'`, `'figures'`, … */
export type CollectionName = Exclude<keyof ShippedDataset, 'meta' | 'retired'>;

const NAMES = Object.keys(COLLECTION_TEXTS) as CollectionName[];

/**
 * A collection of the dataset, sorted by id and deep-frozen: parsed on the first call, the same
 * array after that (and the same as `dataset[name]`).
 *
 * ```ts
 * collection('organizations').find((organization) => organization.id === 'org:smic');
 * ```
 */
export function collection<N extends CollectionName>(name: N): ShippedDataset[N] {
  if (typeof name !== 'string' || !Object.hasOwn(COLLECTION_TEXTS, name)) {
    throw new ArgumentError('collection', 'name', `one of ${NAMES.join(', ')}`, name, {
      suggestions: typeof name === 'string' ? nearestIds(name, NAMES, 1) : [],
    });
  }
  return shared(name, COLLECTION_TEXTS[name]);
}

/**
 * The whole dataset, as `@chipwar/dataset` exports it (the same frozen values, in the same order),
 * but each collection read (parsed and frozen) the first time a property is read.
 *
 * ```ts
 * import { dataset } from '@chipwar/dataset/collections';
 * dataset.figures.length; // parses the figures, and no other kind
 * ```
 */
export const dataset: ShippedDataset = /* @__PURE__ */ lazyDataset();

function lazyDataset(): ShippedDataset {
  const view = { meta };
  for (const name of NAMES) {
    Object.defineProperty(view, name, { enumerable: true, get: () => collection(name) });
  }
  Object.defineProperty(view, 'retired', { enumerable: true, value: retired });
  return Object.freeze(view) as ShippedDataset;
}
