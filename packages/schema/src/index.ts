/**
 * The record model of chipwar: zod schemas and inferred types for every kind of record in the
 * dataset, the JSON Schema export, and `validateDataset`, which lists every problem of a dataset.
 *
 * @packageDocumentation
 */
export * from './core.ts';
export * from './dataset.ts';
export * from './dates.ts';
export * from './diff.ts';
export * from './errors.ts';
export * from './json-schema.ts';
export * from './ledger.ts';
export * from './records.ts';
export { idPatternFor, type ReferenceMeta, ref, referenceFieldsOf, referenceRegistry } from './references.ts';
export * from './upgrade.ts';
export * from './validate.ts';
export * from './version.ts';
