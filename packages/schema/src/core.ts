/**
 * The part of `@chipwar/schema` that needs no zod: record kinds and id prefixes, id helpers, the
 * closed vocabularies (units, qualifiers, predicates, …), the record fields as plain data, the
 * headings a citation stands under, issue codes and formatting, nearest-id suggestions,
 * `ArgumentError`, `deepFreeze` and `escapeControlCharacters`. Import it from `@chipwar/schema/core`
 * when you need only these, to keep bundles small and start-up fast.
 *
 * @module
 */
export { ArgumentError, describeReceived, MAX_ECHO_LENGTH, quoteForMessage } from './core/errors.ts';
export { type FieldSpec, type FieldType, RECORD_FIELDS } from './core/fields.ts';
export { type DeepReadonly, deepFreeze } from './core/freeze.ts';
export { citationHeadings, type Headings, type OutlinedRecord, type Place } from './core/headings.ts';
export {
  type AnyId,
  ID_PATTERN,
  type IdOf,
  isIdOf,
  MAX_ID_LENGTH,
  makeId,
  type ParsedId,
  parseId,
  SLUG_PATTERN,
} from './core/ids.ts';
export {
  formatIssues,
  formatPath,
  ISSUE_CODES,
  type IssueCode,
  type ValidationIssue,
} from './core/issues.ts';
export {
  type Collection,
  type CollectionOf,
  ENTITY_KINDS,
  type EntityKind,
  isKind,
  KIND_NAMES,
  KINDS,
  type Kind,
  kindOfCollection,
  kindOfPrefix,
  type PrefixOf,
  STATEMENT_KINDS,
  type StatementKind,
} from './core/kinds.ts';
export { type FoundReference, referencesOf } from './core/references.ts';
export { MAX_SUGGESTION_INPUT_LENGTH, nearestIds } from './core/suggest.ts';
export { escapeControlCharacters } from './core/text.ts';
export {
  CURRENCY_UNITS,
  type CurrencyUnit,
  DATE_PRECISIONS,
  type DatePrecision,
  DOCUMENT_TYPES,
  EVENT_STATUSES,
  EVENT_TYPES,
  followsValueRule,
  isCurrencyUnit,
  ORGANIZATION_TYPES,
  POLICY_TYPES,
  PREDICATE_NAMES,
  PREDICATES,
  type Predicate,
  type PredicateSpec,
  QUALIFIERS,
  type Qualifier,
  SCALE_FACTORS,
  SCALES,
  type Scale,
  TECHNOLOGY_TYPES,
  UNIT_DESCRIPTIONS,
  UNITS,
  type Unit,
  VALUE_RULES,
  type ValueRule,
  valueRuleFor,
} from './core/vocabularies.ts';
