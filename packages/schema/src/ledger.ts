import { z } from 'zod';

/** How an id left the dataset. */
export const RETIREMENT_CHANGES = ['renamed', 'merged', 'split', 'removed'] as const;

/** How an id left the dataset. */
export type RetirementChange = (typeof RETIREMENT_CHANGES)[number];

const ANY_ID = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-.]+)?$/;

/**
 * An entry of the ledger of id changes: an id that no record has any more, the version that retired
 * it, what replaced it, and why. `renamed` and `merged` have exactly one replacement, `split` two or
 * more, `removed` none.
 */
export const RetiredIdSchema = z
  .strictObject({
    /** The retired id. */
    id: z.string().regex(ANY_ID, 'expected an id of the form <prefix>:<slug>'),
    /** What happened to it. */
    change: z.enum(RETIREMENT_CHANGES),
    /** The dataset version that retired it. */
    version: z.string().regex(SEMVER, 'expected a semver version such as 2.0.0'),
    /** The ids that replace it: one for renamed or merged, two or more for split, none for removed. */
    replacedBy: z.array(z.string().regex(ANY_ID, 'expected an id of the form <prefix>:<slug>')),
    /** Why, in a sentence. */
    reason: z.string().min(1),
  })
  .meta({
    id: 'RetiredId',
    description: 'An id that no record has any more: the version that retired it, its replacements, and why.',
  });

/** An entry of the ledger of id changes. */
export interface RetiredId extends z.infer<typeof RetiredIdSchema> {}

/** How many replacements each change takes: [min, max]. */
export const REPLACEMENT_COUNTS: Record<RetirementChange, [number, number]> = {
  renamed: [1, 1],
  merged: [1, 1],
  split: [2, Number.POSITIVE_INFINITY],
  removed: [0, 0],
};
