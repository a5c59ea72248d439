/**
 * The record kinds of a chipwar dataset, their id prefixes and the dataset arrays that hold them.
 * One table, so that ids, collections and schemas cannot drift apart.
 */
export const KINDS = {
  country: { prefix: 'country', collection: 'countries' },
  region: { prefix: 'region', collection: 'regions' },
  organization: { prefix: 'org', collection: 'organizations' },
  person: { prefix: 'person', collection: 'people' },
  policy: { prefix: 'policy', collection: 'policies' },
  document: { prefix: 'doc', collection: 'documents' },
  technology: { prefix: 'tech', collection: 'technologies' },
  concept: { prefix: 'concept', collection: 'concepts' },
  objective: { prefix: 'objective', collection: 'objectives' },
  tactic: { prefix: 'tactic', collection: 'tactics' },
  event: { prefix: 'event', collection: 'events' },
  figure: { prefix: 'figure', collection: 'figures' },
  quote: { prefix: 'quote', collection: 'quotes' },
  relation: { prefix: 'rel', collection: 'relations' },
} as const;

/** A record kind, such as `'organization'` or `'figure'`. */
export type Kind = keyof typeof KINDS;

/** The id prefix of a kind: `PrefixOf<'organization'>` is `'org'`. */
export type PrefixOf<K extends Kind> = (typeof KINDS)[K]['prefix'];

/** The dataset array that holds a kind: `CollectionOf<'person'>` is `'people'`. */
export type CollectionOf<K extends Kind> = (typeof KINDS)[K]['collection'];

/** The name of a dataset array, such as `'organizations'`. */
export type Collection = CollectionOf<Kind>;

/** Every kind, in the order the dataset lists its arrays. */
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** Entities: the things the report names. They carry a `name` and `aliases`. */
export const ENTITY_KINDS = [
  'country',
  'region',
  'organization',
  'person',
  'policy',
  'document',
  'technology',
  'concept',
  'objective',
  'tactic',
] as const satisfies readonly Kind[];

/** Statements: what the report says about entities. They carry a `label`. */
export const STATEMENT_KINDS = ['event', 'figure', 'quote', 'relation'] as const satisfies readonly Kind[];

/** An entity kind. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A statement kind. */
export type StatementKind = (typeof STATEMENT_KINDS)[number];

const kindByPrefix = new Map<string, Kind>(KIND_NAMES.map((kind) => [KINDS[kind].prefix, kind]));
const kindByCollection = new Map<string, Kind>(KIND_NAMES.map((kind) => [KINDS[kind].collection, kind]));

/**
 * The kind an id prefix stands for, or `undefined`.
 *
 * ```ts
 * kindOfPrefix('org'); // 'organization'
 * ```
 */
export function kindOfPrefix(prefix: string): Kind | undefined {
  return kindByPrefix.get(prefix);
}

/**
 * The kind a dataset array holds, or `undefined`.
 *
 * ```ts
 * kindOfCollection('people'); // 'person'
 * ```
 */
export function kindOfCollection(collection: string): Kind | undefined {
  return kindByCollection.get(collection);
}

/** Whether a value is one of the record kinds. */
export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && Object.hasOwn(KINDS, value);
}
