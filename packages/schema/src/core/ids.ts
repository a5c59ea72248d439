import { ArgumentError } from './errors.ts';
import { isKind, KIND_NAMES, KINDS, type Kind, kindOfPrefix, type PrefixOf } from './kinds.ts';

// The one definition of a slug; every pattern below and in the schemas is built from it.
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** A slug: lower-case ASCII letters and digits in groups joined by single hyphens. */
export const SLUG_PATTERN: RegExp = new RegExp(`^${SLUG}$`);

/** An id: `<prefix>:<slug>`, for example `org:smic` or `person:xi-jinping`. */
export const ID_PATTERN: RegExp = new RegExp(`^([a-z]+):(${SLUG})$`);

/**
 * The longest id, in characters. No record needs more, and every lookup, suggestion and error
 * message stays cheap because nothing longer is ever an id.
 */
export const MAX_ID_LENGTH = 200;

/** The pattern of ids of any of `kinds` (for the schemas' reference fields). */
export function idPatternFor(kinds: readonly Kind[]): RegExp {
  const prefixes = [...new Set(kinds.map((kind) => KINDS[kind].prefix))].join('|');
  return new RegExp(`^(?:${prefixes}):${SLUG}$`);
}

/**
 * The id of a record of kind `K`: `IdOf<'organization'>` is `` `org:${string}` ``.
 * The dataset package narrows these to literal unions of the ids it ships.
 */
export type IdOf<K extends Kind> = `${PrefixOf<K>}:${string}`;

/** The id of any record. */
export type AnyId = { [K in Kind]: IdOf<K> }[Kind];

/** An id split into its parts. */
export interface ParsedId {
  /** The kind the prefix stands for. */
  kind: Kind;
  /** The prefix as written, such as `org`. */
  prefix: string;
  /** The part after the colon, such as `smic`. */
  slug: string;
}

/**
 * Splits an id into kind, prefix and slug, or returns `undefined` when it is not a well-formed id
 * with a known prefix.
 *
 * ```ts
 * parseId('org:smic'); // { kind: 'organization', prefix: 'org', slug: 'smic' }
 * parseId('ORG:SMIC'); // undefined
 * ```
 */
export function parseId(id: unknown): ParsedId | undefined {
  if (typeof id !== 'string' || id.length > MAX_ID_LENGTH) return undefined;
  const match = ID_PATTERN.exec(id);
  if (!match) return undefined;
  const [, prefix = '', slug = ''] = match;
  const kind = kindOfPrefix(prefix);
  return kind ? { kind, prefix, slug } : undefined;
}

/**
 * Whether `id` is a well-formed id of the given kind.
 *
 * ```ts
 * isIdOf('org:smic', 'organization'); // true
 * isIdOf('person:smic', 'organization'); // false
 * ```
 */
export function isIdOf<K extends Kind>(id: unknown, kind: K): id is IdOf<K> {
  return parseId(id)?.kind === kind;
}

/**
 * Makes the id of a kind from a slug.
 *
 * ```ts
 * makeId('person', 'xi-jinping'); // 'person:xi-jinping'
 * ```
 */
export function makeId<K extends Kind>(kind: K, slug: string): IdOf<K> {
  if (!isKind(kind)) throw new ArgumentError('makeId', 'kind', `one of ${KIND_NAMES.join(', ')}`, kind);
  const longest = MAX_ID_LENGTH - KINDS[kind].prefix.length - 1;
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || slug.length > longest) {
    throw new ArgumentError(
      'makeId',
      'slug',
      `lower-case letters and digits joined by single hyphens, at most ${longest} characters, such as "xi-jinping"`,
      slug,
    );
  }
  return `${KINDS[kind].prefix}:${slug}` as IdOf<K>;
}
