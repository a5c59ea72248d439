/**
 * The part of `@chipwar/schema` that needs no zod: record kinds and id prefixes, id helpers, the
 * closed vocabularies (units, qualifiers, predicates, …), issue codes and formatting, nearest-id
 * suggestions and `deepFreeze`. Import it from `@chipwar/schema/core` when you need only these, to keep bundles small.
 *
 * @module
 */
export * from './freeze.ts';
export * from './ids.ts';
export * from './issues.ts';
export * from './kinds.ts';
export {
  type FoundReference,
  REFERENCE_FIELDS,
  type ReferenceField,
  referencesAt,
  referencesOf,
} from './reference-table.ts';
export * from './suggest.ts';
export * from './vocabularies.ts';
