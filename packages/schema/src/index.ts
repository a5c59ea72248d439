/**
 * The record model of chipwar: zod schemas and inferred types for every kind of record in the
 * dataset, the JSON Schema export, and `validateDataset`, which lists every problem of a dataset.
 * The zod-free parts live in `@chipwar/schema/core` (kinds, ids, vocabularies) and
 * `@chipwar/schema/versioning` (versions, the bump policy, the ledger rules).
 *
 * @packageDocumentation
 */
export type {
  AnyId,
  Collection,
  CollectionOf,
  CurrencyUnit,
  DatePrecision,
  DeepReadonly,
  EntityKind,
  FieldSpec,
  FieldType,
  FoundReference,
  Headings,
  IdOf,
  IssueCode,
  Kind,
  OutlinedRecord,
  ParsedId,
  Place,
  Predicate,
  PredicateSpec,
  PrefixOf,
  Qualifier,
  Scale,
  StatementKind,
  Unit,
  ValidationIssue,
} from './core.ts';
// validateDataset's companions, so that a validation needs one import.
export { ArgumentError, formatIssues, ISSUE_CODES } from './core.ts';
export {
  type Dataset,
  type DatasetCollections,
  DatasetSchema,
  type Meta,
  MetaSchema,
  type Source,
  SourceSchema,
} from './model/dataset.ts';
export {
  type DateInfo,
  type DateInput,
  DateInputSchema,
  DateSchema,
  describeEdtf,
  type EdtfDescription,
  type EdtfResult,
  MAX_EDTF_LENGTH,
  type RelativeDate,
  RelativeDateSchema,
  toDateInfo,
} from './model/dates.ts';
export { DATASET_JSON_SCHEMA_ID, datasetJsonSchema } from './model/json-schema.ts';
export { type RetiredId, RetiredIdSchema } from './model/ledger.ts';
export {
  type Affiliation,
  type AnyRecord,
  type Citation,
  CitationSchema,
  type Concept,
  ConceptSchema,
  type Country,
  CountrySchema,
  type DocumentRecord,
  DocumentSchema,
  type Event,
  EventSchema,
  type Figure,
  FigureSchema,
  MAX_EXCERPT_LENGTH,
  type Objective,
  ObjectiveSchema,
  type Organization,
  OrganizationSchema,
  type Person,
  PersonSchema,
  type Policy,
  PolicySchema,
  type Quote,
  QuoteSchema,
  type RecordInputOfKind,
  RecordInputSchemas,
  type RecordOfKind,
  RecordSchemas,
  type Region,
  RegionSchema,
  type Relation,
  RelationSchema,
  type Section,
  SectionSchema,
  SlugSchema,
  type Speaker,
  SubsectionSchema,
  type Tactic,
  TacticSchema,
  type Technology,
  TechnologySchema,
} from './model/records.ts';
export { DatasetValidationError } from './validate/errors.ts';
export { type InputResult, parseLedgerInput, parseRecordInput } from './validate/input.ts';
export { type SchemaMigration, type UpgradeResult, upgradeDataset } from './validate/upgrade.ts';
export {
  assertValidDataset,
  MAX_SUGGESTED_REFERENCES,
  type ValidationResult,
  validateDataset,
} from './validate/validate.ts';
export { SCHEMA_VERSION } from './version.ts';
