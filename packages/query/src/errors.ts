// The errors of @chipwar/query: an id no record has, and an id the ledger retired. Bad arguments
// throw `ArgumentError`, the one class for them in every chipwar package (from @chipwar/schema/core).
import type { RetiredId } from '@chipwar/schema';
import { nearestIds, quoteForMessage } from '@chipwar/schema/core';
import type { ResolvedId } from '@chipwar/schema/versioning';

// Each entry point of the package is one file with its own copy of these classes (see
// tsup.config.ts), so `instanceof` recognises an error by a brand, not by the class object: an error
// thrown by a query from '@chipwar/query/create' is an instance of the class '@chipwar/query' exports.
const UNKNOWN_ID_BRAND = Symbol.for('@chipwar/query#UnknownIdError');
const RETIRED_ID_BRAND = Symbol.for('@chipwar/query#RetiredIdError');

function hasBrand(value: unknown, brand: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}

/**
 * Thrown by `get` (and every helper that takes an id) when no record has the id. Carries the id
 * and up to three nearest known ids, so callers can say "did you mean …?".
 *
 * ```ts
 * try { get('org:smiic'); } catch (error) {
 *   if (error instanceof UnknownIdError) error.suggestions; // ['org:smic', …]
 * }
 * ```
 */
export class UnknownIdError extends Error {
  /** True for every `UnknownIdError` (and `RetiredIdError`), made by any entry point or copy of the package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, UNKNOWN_ID_BRAND);
  }

  /** The id that was asked for. */
  readonly id: string;
  /** Up to three known ids nearest to it, closest first. */
  readonly suggestions: readonly string[];

  /**
   * @param fn The function that was called, named at the start of the message.
   * @param id The id asked for.
   * @param knownIds The ids to suggest from.
   */
  constructor(fn: string, id: string, knownIds: Iterable<string>, message?: string) {
    const suggestions = Object.freeze(nearestIds(id, knownIds, 3));
    const hint = suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : '';
    super(message ?? `${fn}: no record has the id ${quoteForMessage(id)}${hint}`);
    this.name = 'UnknownIdError';
    Object.defineProperty(this, UNKNOWN_ID_BRAND, { value: true });
    this.id = id;
    this.suggestions = suggestions;
  }
}

/** What the ledger says of an id, in a sentence: "renamed in 1.0.0 → org:b (why)". */
function retirementText(entry: RetiredId): string {
  const targets = entry.replacedBy.length ? ` → ${entry.replacedBy.join(', ')}` : '';
  return `${entry.change} in ${entry.version}${targets} (${entry.reason})`;
}

/**
 * Thrown for an id that the ledger retired and that no longer resolves: retired in an earlier
 * major version, split in several, or removed; and by the `chipwar` command for any retired id. The
 * message names what became of it, and `replacement` (or `candidates`, for a split) the id to use.
 *
 * ```ts
 * try { get('org:old-name'); } catch (error) {
 *   if (error instanceof RetiredIdError) error.replacement; // 'org:new-name'
 * }
 * ```
 */
export class RetiredIdError extends UnknownIdError {
  /** True for every `RetiredIdError`, made by any entry point or copy of the package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, RETIRED_ID_BRAND);
  }

  /** The ledger entry of the id asked for. */
  readonly retirement: RetiredId;
  /** The live id it became, when there is exactly one. */
  readonly replacement: string | undefined;
  /** The live ids it was split into. */
  readonly candidates: readonly string[];

  /**
   * @param fn The function that was called, named at the start of the message.
   * @param resolved What `resolveId` says of the id.
   */
  constructor(fn: string, resolved: ResolvedId) {
    const entry = resolved.chain[0];
    if (!entry) throw new TypeError(`RetiredIdError: ${resolved.requested} is not a retired id`);
    const use = resolved.id
      ? `; use ${resolved.id}`
      : resolved.candidates.length
        ? `; it became ${resolved.candidates.join(', ')}`
        : '';
    super(
      fn,
      resolved.requested,
      [],
      `${fn}: ${quoteForMessage(resolved.requested)} is a retired id: ${retirementText(entry)}${use}`,
    );
    this.name = 'RetiredIdError';
    Object.defineProperty(this, RETIRED_ID_BRAND, { value: true });
    this.retirement = entry;
    this.replacement = resolved.id;
    this.candidates = resolved.candidates;
  }
}

/** The one-time warning of a retired id that still resolves, in the words of the ledger. */
export function deprecationMessage(resolved: ResolvedId): string {
  const entry = resolved.chain[0] as RetiredId;
  return `${resolved.requested} was ${retirementText(entry)}; use ${resolved.id}. Retired ids stop resolving in the next major version (chipwar migrate rewrites them).`;
}
