import { z } from 'zod';
import { DatasetSchema } from './dataset.ts';

/** Where the generated JSON Schema of a dataset says it lives. */
export const DATASET_JSON_SCHEMA_ID = 'https://unpkg.com/@chipwar/schema/schema.json';

/**
 * The JSON Schema (draft 2020-12) of a dataset, generated from the zod schemas. It checks the shape
 * of every record; the cross-record checks (references, id uniqueness, dates agreeing with their
 * EDTF) are `validateDataset`'s alone. Shipped as `@chipwar/schema/schema.json`.
 *
 * ```ts
 * const schema = datasetJsonSchema();
 * new Ajv2020().compile(schema)(json);
 * ```
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: DATASET_JSON_SCHEMA_ID,
    title: 'chipwar dataset',
    ...rest,
  };
}
