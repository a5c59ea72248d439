/**
 * The record model of chipwar: zod schemas and inferred types for every kind of record in the
 * dataset, the JSON Schema export, and `validateDataset`, which lists every problem of a dataset.
 *
 * @packageDocumentation
 */
export * from './dataset.ts';
export * from './dates.ts';
export * from './diff.ts';
export * from './errors.ts';
export * from './ids.ts';
export * from './issues.ts';
export * from './json-schema.ts';
export * from './kinds.ts';
export * from './ledger.ts';
export * from './records.ts';
export {
  type FoundReference,
  REFERENCE_FIELDS,
  type ReferenceField,
  referencesOf,
} from './reference-table.ts';
export { idPatternFor, type ReferenceMeta, ref, referenceFieldsOf, referenceRegistry } from './references.ts';
export * from './suggest.ts';
export * from './upgrade.ts';
export * from './validate.ts';
export * from './version.ts';
export * from './vocabularies.ts';
