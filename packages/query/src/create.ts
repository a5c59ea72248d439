/**
 * `createQuery`: the query helpers bound to a dataset of your own, validated first. It is a
 * separate entry point because validation needs the full `@chipwar/schema` (zod and the EDTF
 * parser), which the main entry does not load.
 *
 * @module
 */
import { DatasetValidationError, validateDataset } from '@chipwar/schema';
import { deepFreeze } from '@chipwar/schema/core';
import { bindQuery } from './engine/bind.ts';
import type { Query } from './types.ts';

export type { Query } from './types.ts';

/**
 * Binds the helpers to any dataset that passes `validateDataset`, such as the shipped one plus a
 * user's own records. The dataset is validated and copied (the input is never changed); an invalid
 * one is rejected with a `DatasetValidationError` that lists every issue.
 *
 * ```ts
 * import { dataset } from '@chipwar/dataset';
 * import { createQuery } from '@chipwar/query/create';
 * const q = createQuery({ ...dataset, figures: [...dataset.figures, myFigure] });
 * q.figures({ subject: 'org:smic' });
 * ```
 */
export function createQuery(input: unknown): Query {
  const result = validateDataset(input);
  if (!result.ok) throw new DatasetValidationError(result.issues);
  return bindQuery(deepFreeze(result.data));
}
