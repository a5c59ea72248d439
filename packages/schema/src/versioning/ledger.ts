// The rules of the ledger of retired ids: how many replacements each change takes, how an old id
// resolves through a chain of renames, which retirements still resolve in the current major
// version, and what makes a ledger inconsistent. Validation, the query helpers, the dataset build
// and the CLI all call these, so the rules live here once.
import type { RetiredId } from '../model/ledger.ts';
import { majorOf } from './semver.ts';

/** How an id left the dataset. */
export const RETIREMENT_CHANGES = ['renamed', 'merged', 'split', 'removed'] as const;

/** How an id left the dataset. */
export type RetirementChange = (typeof RETIREMENT_CHANGES)[number];

/** How many replacements each change takes: [min, max]. */
export const REPLACEMENT_COUNTS: Readonly<Record<RetirementChange, readonly [number, number]>> = {
  renamed: [1, 1],
  merged: [1, 1],
  split: [2, Number.POSITIVE_INFINITY],
  removed: [0, 0],
};

/**
 * Whether a retirement belongs to the major version of `datasetVersion`: such an id still
 * resolves (with a deprecation warning) until the next major version stops it.
 *
 * ```ts
 * retiredInMajorOf({ id: 'org:a', change: 'renamed', version: '1.0.0', replacedBy: ['org:b'] }, '1.4.0'); // true
 * ```
 */
export function retiredInMajorOf(entry: Pick<RetiredId, 'version'>, datasetVersion: string): boolean {
  return majorOf(entry.version) === majorOf(datasetVersion);
}

/** What an id stands for now: itself, or where the ledger of retired ids leads. */
export interface ResolvedId {
  /** The id asked for. */
  readonly requested: string;
  /** The live id it resolves to; `undefined` when it was removed, or split into several. */
  readonly id: string | undefined;
  /** Whether the id asked for is retired. */
  readonly retired: boolean;
  /** The ledger entries followed, in order (empty for a live id). */
  readonly chain: readonly RetiredId[];
  /** For an id split in several: the live ids it became. */
  readonly candidates: readonly string[];
}

/** A problem of a ledger, by the index of the entry it is in. */
export interface LedgerProblem {
  /** The index of the entry in the ledger. */
  readonly index: number;
  /** The field of the entry: `id`, `replacedBy`, or `replacedBy` with the position of one id. */
  readonly path: readonly (string | number)[];
  /** What is wrong, as an issue code of `validateDataset`. */
  readonly code:
    | 'duplicate-id'
    | 'retired-id-live'
    | 'replacement-count'
    | 'unknown-replacement'
    | 'retirement-cycle';
  /** What is wrong, in words. */
  readonly message: string;
}

/**
 * A ledger of retired ids, indexed: `resolve` follows chains of renames to a live id, and the
 * end of each chain is computed once for all entries, so a chain of any length costs linear time
 * in total, never per lookup.
 *
 * ```ts
 * const ledger = new Ledger(dataset.retired);
 * ledger.resolve('org:old-name', (id) => ids.has(id))?.id; // the live id it became
 * ```
 */
export class Ledger<E extends RetiredId = RetiredId> {
  private readonly entries = new Map<string, E>();
  private readonly list: readonly E[];
  // For each retired id with one replacement: the first id reached that is not such an entry
  // (live, unknown, or split/removed), or where the chain loops.
  private ends?: Map<string, { end: string; loop: string | undefined }>;

  constructor(entries: readonly E[]) {
    this.list = entries;
    for (const entry of entries) if (!this.entries.has(entry.id)) this.entries.set(entry.id, entry);
  }

  /** The ledger entry of a retired id, or `undefined`. */
  entry(id: string): E | undefined {
    return this.entries.get(id);
  }

  /** Whether the id is in the ledger. */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Every retired id. */
  ids(): IterableIterator<string> {
    return this.entries.keys();
  }

  private next(id: string): string | undefined {
    const entry = this.entries.get(id);
    return entry && entry.replacedBy.length === 1 ? entry.replacedBy[0] : undefined;
  }

  /** Where the chain from each retired id ends, computed once for every entry in linear time. */
  private chainEnds(): Map<string, { end: string; loop: string | undefined }> {
    if (this.ends) return this.ends;
    const ends = new Map<string, { end: string; loop: string | undefined }>();
    for (const start of this.entries.keys()) {
      if (ends.has(start)) continue;
      // Walk until an id whose end is known, a repeat (a loop) or the end of the chain.
      const walked: string[] = [];
      const onWalk = new Set<string>();
      let current: string | undefined = start;
      let result: { end: string; loop: string | undefined } | undefined;
      while (current !== undefined) {
        const known = ends.get(current);
        if (known) {
          result = known;
          break;
        }
        if (onWalk.has(current)) {
          result = { end: current, loop: current };
          break;
        }
        const next = this.next(current);
        walked.push(current);
        onWalk.add(current);
        if (next === undefined) {
          result = { end: current, loop: undefined };
          break;
        }
        current = next;
      }
      for (const id of walked) ends.set(id, result as { end: string; loop: string | undefined });
    }
    this.ends = ends;
    return ends;
  }

  /**
   * What an id stands for now: a live id stands for itself; a retired one is followed through
   * the ledger to its replacement, to the live ids it was split into, or to nothing when it was
   * removed. `undefined` for an id that is neither live nor retired.
   */
  resolve(id: string, isLive: (id: string) => boolean): ResolvedId | undefined {
    if (isLive(id)) return { requested: id, id, retired: false, chain: [], candidates: [] };
    if (!this.entries.has(id)) return undefined;
    const chain: E[] = [];
    const seen = new Set<string>();
    let current = id;
    for (
      let entry = this.entries.get(current);
      entry && !seen.has(current) && !isLive(current);
      entry = this.entries.get(current)
    ) {
      seen.add(current);
      chain.push(entry);
      if (entry.replacedBy.length !== 1) {
        const candidates = entry.replacedBy.filter((next) => isLive(next));
        return { requested: id, id: undefined, retired: true, chain, candidates };
      }
      current = entry.replacedBy[0] as string;
    }
    return { requested: id, id: isLive(current) ? current : undefined, retired: true, chain, candidates: [] };
  }

  /**
   * Every inconsistency of the ledger against the live ids: an id retired twice or still live,
   * the wrong number of replacements for its change, a replacement that is neither live nor
   * retired, and chains of renames that loop. Linear in the size of the ledger.
   */
  problems(isLive: (id: string) => boolean): LedgerProblem[] {
    const problems: LedgerProblem[] = [];
    const seen = new Set<string>();
    this.list.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        problems.push({
          index,
          path: ['id'],
          code: 'duplicate-id',
          message: `${entry.id} is retired twice in the ledger`,
        });
      }
      seen.add(entry.id);
      if (isLive(entry.id)) {
        problems.push({
          index,
          path: ['id'],
          code: 'retired-id-live',
          message: `${entry.id} is retired, but a live record still has this id`,
        });
      }
      const [min, max] = REPLACEMENT_COUNTS[entry.change];
      if (entry.replacedBy.length < min || entry.replacedBy.length > max) {
        const expected = min === max ? String(min) : `at least ${min}`;
        problems.push({
          index,
          path: ['replacedBy'],
          code: 'replacement-count',
          message: `a ${entry.change} id takes ${expected} replacement(s); received ${entry.replacedBy.length}`,
        });
      }
      entry.replacedBy.forEach((target, position) => {
        if (!isLive(target) && !this.entries.has(target)) {
          problems.push({
            index,
            path: ['replacedBy', position],
            code: 'unknown-replacement',
            message: `${entry.id} is replaced by ${target}, which is neither a live id nor a retired one`,
          });
        }
      });
      const loop = this.chainEnds().get(entry.id)?.loop;
      if (loop !== undefined) {
        problems.push({
          index,
          path: ['replacedBy'],
          code: 'retirement-cycle',
          message: `the replacements of ${entry.id} lead back to ${loop}`,
        });
      }
    });
    return problems;
  }
}
