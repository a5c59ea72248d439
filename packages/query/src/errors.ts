import { nearestIds } from '@chipwar/schema/core';

/**
 * Thrown by `get` (and the helpers that take an id) when no record has the id. Carries the id and
 * up to three nearest known ids, so callers can say "did you mean …?".
 *
 * ```ts
 * try { get('org:smiic'); } catch (error) {
 *   if (error instanceof UnknownIdError) error.suggestions; // ['org:smic', …]
 * }
 * ```
 */
export class UnknownIdError extends Error {
  /** The id that was asked for. */
  readonly id: string;
  /** Up to three known ids nearest to it, closest first. */
  readonly suggestions: readonly string[];

  constructor(id: string, knownIds: Iterable<string>, where = 'get', retirement?: string) {
    const suggestions = nearestIds(id, knownIds, 3);
    const hint = suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : '';
    super(
      retirement
        ? `${where}: ${JSON.stringify(id)} is a retired id: ${retirement}`
        : `${where}: no record has the id ${JSON.stringify(id)}${hint}`,
    );
    this.name = 'UnknownIdError';
    this.id = id;
    this.suggestions = suggestions;
  }
}

function received(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** A TypeError naming the function, the argument, what was expected and what was received. */
export function argumentTypeError(fn: string, name: string, expected: string, value: unknown): TypeError {
  return new TypeError(`${fn}: ${name} must be ${expected}; received ${received(value)}`);
}

/** A RangeError for a value outside a closed vocabulary, listing the allowed values. */
export function vocabularyError(
  fn: string,
  name: string,
  allowed: readonly string[],
  value: unknown,
): RangeError {
  return new RangeError(`${fn}: ${name} must be one of ${allowed.join(', ')}; received ${received(value)}`);
}
