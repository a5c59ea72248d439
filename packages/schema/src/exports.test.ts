import { expect, it } from 'vitest';
import * as core from './core.ts';
import * as root from './index.ts';
import * as versioning from './versioning.ts';

// Pins the public surface of each entry point: removing or renaming an export is a breaking change
// and must show here (the API reports in api/ pin the signatures too).
it('the root exports exactly these names', () => {
  expect(Object.keys(root).sort()).toMatchInlineSnapshot(`
    [
      "ArgumentError",
      "CitationSchema",
      "ConceptSchema",
      "CountrySchema",
      "DATASET_JSON_SCHEMA_ID",
      "DatasetSchema",
      "DatasetValidationError",
      "DateInputSchema",
      "DateSchema",
      "DocumentSchema",
      "EventSchema",
      "FigureSchema",
      "ISSUE_CODES",
      "MAX_EDTF_LENGTH",
      "MAX_EXCERPT_LENGTH",
      "MAX_SUGGESTED_REFERENCES",
      "MetaSchema",
      "ObjectiveSchema",
      "OrganizationSchema",
      "PersonSchema",
      "PolicySchema",
      "QuoteSchema",
      "RecordInputSchemas",
      "RecordSchemas",
      "RegionSchema",
      "RelationSchema",
      "RelativeDateSchema",
      "RetiredIdSchema",
      "SCHEMA_VERSION",
      "SectionSchema",
      "SlugSchema",
      "SourceSchema",
      "SubsectionSchema",
      "TacticSchema",
      "TechnologySchema",
      "assertValidDataset",
      "datasetJsonSchema",
      "describeEdtf",
      "formatIssues",
      "parseLedgerInput",
      "parseRecordInput",
      "toDateInfo",
      "upgradeDataset",
      "validateDataset",
    ]
  `);
});

it('@chipwar/schema/core exports exactly these names', () => {
  expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
    [
      "ArgumentError",
      "CURRENCY_UNITS",
      "DATE_PRECISIONS",
      "DOCUMENT_TYPES",
      "ENTITY_KINDS",
      "EVENT_STATUSES",
      "EVENT_TYPES",
      "ID_PATTERN",
      "ISSUE_CODES",
      "KINDS",
      "KIND_NAMES",
      "MAX_ECHO_LENGTH",
      "MAX_ID_LENGTH",
      "MAX_SUGGESTION_INPUT_LENGTH",
      "ORGANIZATION_TYPES",
      "POLICY_TYPES",
      "PREDICATES",
      "PREDICATE_NAMES",
      "QUALIFIERS",
      "RECORD_FIELDS",
      "SCALES",
      "SCALE_FACTORS",
      "SLUG_PATTERN",
      "STATEMENT_KINDS",
      "TECHNOLOGY_TYPES",
      "UNITS",
      "UNIT_DESCRIPTIONS",
      "VALUE_RULES",
      "citationHeadings",
      "deepFreeze",
      "describeReceived",
      "followsValueRule",
      "formatIssues",
      "formatPath",
      "isCurrencyUnit",
      "isIdOf",
      "isKind",
      "kindOfCollection",
      "kindOfPrefix",
      "makeId",
      "nearestIds",
      "parseId",
      "quoteForMessage",
      "referencesOf",
      "valueRuleFor",
    ]
  `);
});

it('@chipwar/schema/versioning exports exactly these names', () => {
  expect(Object.keys(versioning).sort()).toMatchInlineSnapshot(`
    [
      "BUMPS",
      "Ledger",
      "REPLACEMENT_COUNTS",
      "RETIREMENT_CHANGES",
      "SEMVER_PATTERN",
      "bumpBetween",
      "compareVersions",
      "declaredBump",
      "diffDatasets",
      "formatDiff",
      "incrementVersion",
      "isEnough",
      "majorOf",
      "maxBump",
      "parseVersion",
      "retiredInMajorOf",
    ]
  `);
});

it('the root exports none of the schema-walking internals', () => {
  for (const name of [
    'ref',
    'referenceRegistry',
    'idSchema',
    'idPatternFor',
    'referenceFieldsOf',
    'editDistance',
    'SCHEMA_MIGRATIONS',
  ]) {
    expect(Object.keys(root), name).not.toContain(name);
    expect(Object.keys(core), name).not.toContain(name);
  }
});
