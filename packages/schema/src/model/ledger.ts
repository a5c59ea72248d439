import { z } from 'zod';
import { ID_PATTERN, MAX_ID_LENGTH } from '../core/ids.ts';
import { RETIREMENT_CHANGES } from '../versioning/ledger.ts';
import { SEMVER_PATTERN } from '../versioning/semver.ts';
import { textSchema } from './text.ts';

const anyId = () =>
  z
    .string()
    .max(MAX_ID_LENGTH, { error: `expected an id of at most ${MAX_ID_LENGTH} characters`, abort: true })
    .regex(ID_PATTERN, 'expected an id of the form <prefix>:<slug>');

/**
 * An entry of the ledger of id changes: an id that no record has any more, the version that retired
 * it, what replaced it, and why. `renamed` and `merged` have exactly one replacement, `split` two or
 * more, `removed` none.
 */
export const RetiredIdSchema = z
  .strictObject({
    /** The retired id. */
    id: anyId(),
    /** What happened to it. */
    change: z.enum(RETIREMENT_CHANGES),
    /** The dataset version that retired it. */
    version: z.string().regex(SEMVER_PATTERN, 'expected a semantic version such as 2.0.0'),
    /** The ids that replace it: one for renamed or merged, two or more for split, none for removed. */
    replacedBy: z.array(anyId()),
    /** Why, in a sentence. */
    reason: textSchema(),
  })
  .meta({
    id: 'RetiredId',
    description: 'An id that no record has any more: the version that retired it, its replacements, and why.',
  });

/** An entry of the ledger of id changes. */
export interface RetiredId extends z.infer<typeof RetiredIdSchema> {}
