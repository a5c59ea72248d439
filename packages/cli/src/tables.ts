// The tabular model of a dataset, shared by the CSV, Data Package, SQLite and Parquet exports: one
// table per kind with typed columns derived from the record schemas (RECORD_FIELDS), then the
// tables an analyst joins: records (every id, the target of every foreign key), citations,
// sections, record_references (every id a record refers to), aliases, tags, affiliations and meta.
// Names are never SQL keywords, so every table and column can be written unquoted.

import type { AnyRecord, Dataset, DateInfo } from '@chipwar/schema';
import { describeEdtf } from '@chipwar/schema';
import {
  citationHeadings,
  type FieldSpec,
  formatPath,
  KIND_NAMES,
  KINDS,
  type Kind,
  parseId,
  RECORD_FIELDS,
  referencesOf,
} from '@chipwar/schema/core';

/**
 * A column's type, in Table Schema terms: `date` holds an ISO day (`YYYY-MM-DD`); `array` a list
 * (of strings, or of objects: see {@link Column.items}); `object` a JSON object.
 */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'array' | 'object';

/** Where a column's values come from in a record, so that a reader can put records back together. */
export interface ColumnOrigin {
  /** The record field. */
  field: string;
  /**
   * The part of the field: a key of an object field (`id` of `speaker`), `relative.phrase` of a
   * date; absent for the field itself (a date's EDTF, a plain value, a list).
   */
  part?: string;
  /** The EDTF of a date field: the ten columns after it are its bounds, flags and relative parts. */
  date?: boolean;
  /** Derived from the field (a date's bounds, precision and flags): not read back. */
  derived?: boolean;
}

/** A column of a table. */
export interface Column {
  /** The column name: the field, or `field_part` for a part of a date or an object. */
  name: string;
  /** Its type. */
  type: ColumnType;
  /** For an `array` column: what each item is. */
  items?: 'string' | 'object';
  /** What it holds: the schema's own doc comment of the field. */
  description: string;
  /** Whether it holds the id of another record (a foreign key to `records.id`). */
  reference?: boolean;
  /** Whether a value is required. */
  required?: boolean;
  /** The allowed values, for a field of a closed vocabulary. */
  values?: readonly string[];
  /** Where the values come from, for the columns of a kind's table. */
  origin?: ColumnOrigin;
}

/** A foreign key of a table: its columns and the table and columns they point to. */
export interface ForeignKey {
  columns: string[];
  table: string;
  references: string[];
}

/** A table: its name, columns and rows (cells in column order; `null` for an empty cell). */
export interface Table {
  name: string;
  description: string;
  columns: Column[];
  primaryKey?: string[];
  /** Foreign keys other than the `reference` columns (which point to `records.id`). */
  foreignKeys?: ForeignKey[];
  rows: Cell[][];
}

/** One cell: a scalar, or a JSON value for array and object columns, or `null`. */
export type Cell = string | number | boolean | null | unknown[] | Record<string, unknown>;

/** The license of the data, as every export states it. */
export const DATA_LICENSE =
  'Facts reported by the source, attributed to it; excerpts are quoted for citation only. Code: MIT.';

/** Column names that differ from their field's name because the field's name is an SQL keyword. */
const RENAMED: Readonly<Record<string, string>> = { order: 'position' };

const SCALAR_TYPES = new Set<FieldSpec['type']>([
  'string',
  'slug',
  'integer',
  'number',
  'boolean',
  'id',
  'enum',
]);

function columnName(field: string): string {
  return RENAMED[field] ?? field;
}

function scalarColumn(name: string, field: FieldSpec, required: boolean, origin?: ColumnOrigin): Column {
  const type: ColumnType =
    field.type === 'integer' || field.type === 'number' || field.type === 'boolean' ? field.type : 'string';
  const column: Column = { name, type, description: field.description };
  if (field.type === 'id') column.reference = true;
  if (field.values) column.values = field.values;
  if (required) column.required = true;
  if (origin) column.origin = origin;
  return column;
}

const PRECISIONS = ['day', 'month', 'season', 'year', 'decade', 'century'] as const;

/**
 * The columns of a date field: its EDTF, then what it means as plain values: the earliest and
 * latest day its start and its end can be (empty only where the report gives no bound at all),
 * its precision, its approximate and uncertain flags, and how a relative date was worked out.
 */
function dateColumns(field: FieldSpec, prefix: string): Column[] {
  const name = prefix;
  const origin = (part?: string, derived?: boolean): ColumnOrigin => ({
    field: field.name,
    ...(part ? { part } : {}),
    ...(derived ? { derived } : {}),
  });
  const bound = (which: string, text: string): Column => ({
    name: `${name}_${which}`,
    type: 'date',
    description: `${text} (YYYY-MM-DD), derived from the EDTF in ${name}; empty only when the report gives no bound at all.`,
    origin: origin(undefined, true),
  });
  return [
    {
      name,
      type: 'string',
      description: `${field.description} As EDTF (ISO 8601-2): 2022-10-07, 2018-04, 2022~ (approximate), 2021/2025 (interval), ../2027 (open start).`,
      ...(field.required ? { required: true } : {}),
      origin: { field: field.name, date: true },
    },
    bound('start_earliest', 'The earliest day the date can start'),
    bound('start_latest', 'The latest day the date can start'),
    bound('end_earliest', 'The earliest day the date can end'),
    bound('end_latest', 'The latest day the date can end'),
    {
      name: `${name}_precision`,
      type: 'string',
      description: `How finely ${name} is known (for an interval, the coarser of its ends).`,
      values: PRECISIONS,
      origin: origin(undefined, true),
    },
    {
      name: `${name}_approximate`,
      type: 'boolean',
      description: `Whether the report marks ${name} approximate (~ or % in the EDTF).`,
      origin: origin(undefined, true),
    },
    {
      name: `${name}_uncertain`,
      type: 'boolean',
      description: `Whether the report marks ${name} uncertain (? or % in the EDTF).`,
      origin: origin(undefined, true),
    },
    {
      name: `${name}_relative_phrase`,
      type: 'string',
      description: `For a date the report gives only relatively: its words, verbatim ("Next year").`,
      origin: origin('relative.phrase'),
    },
    {
      name: `${name}_relative_anchor`,
      type: 'string',
      description: `What the relative phrase counts from: an EDTF date (the report's 2023-05-03) or the id of the record whose date it counts from.`,
      origin: origin('relative.anchor'),
    },
    {
      name: `${name}_relative_method`,
      type: 'string',
      description: 'How the relative date was worked out, in a sentence.',
      origin: origin('relative.method'),
    },
  ];
}

/**
 * The columns of a kind's table, read from the record fields of `@chipwar/schema/core`: dates as
 * their EDTF with their bounds and flags, objects of scalars spread over one column per part,
 * lists and other objects as JSON. Identity first (id, kind, name or label), then the fields in
 * schema order. A field whose name is an SQL keyword gets another column name (`order` is
 * `position`).
 */
export function columnsOf(kind: Kind): Column[] {
  const first = ['id', 'kind', 'name', 'label'];
  const fields = [...RECORD_FIELDS[kind]].sort(
    (a, b) =>
      (first.includes(b.name) ? 1 : 0) - (first.includes(a.name) ? 1 : 0) ||
      first.indexOf(a.name) - first.indexOf(b.name),
  );
  const columns: Column[] = [];
  for (const field of fields) {
    if (field.name === 'sources') continue; // the citations table holds them
    if (field.type === 'date') {
      columns.push(...dateColumns(field, columnName(field.name)));
    } else if (field.type === 'object' && field.fields?.every((part) => SCALAR_TYPES.has(part.type))) {
      for (const part of field.fields)
        columns.push(
          scalarColumn(`${columnName(field.name)}_${part.name}`, part, false, {
            field: field.name,
            part: part.name,
          }),
        );
    } else if (field.type === 'list') {
      const items = field.items && SCALAR_TYPES.has(field.items.type) ? 'string' : 'object';
      columns.push({
        name: columnName(field.name),
        type: 'array',
        items,
        description: `${field.description} (A list${items === 'object' ? ' of objects' : ''}; JSON in CSV and SQLite.)`,
        ...(field.required ? { required: true } : {}),
        origin: { field: field.name },
      });
    } else if (field.type === 'object') {
      columns.push({
        name: columnName(field.name),
        type: 'object',
        description: `${field.description} (JSON)`,
        ...(field.required ? { required: true } : {}),
        origin: { field: field.name },
      });
    } else {
      columns.push(scalarColumn(columnName(field.name), field, field.required, { field: field.name }));
    }
  }
  return columns;
}

/** The earliest and latest days a date's start and end can be; `null` where there is no bound. */
export interface DateBounds {
  startEarliest: string | null;
  startLatest: string | null;
  endEarliest: string | null;
  endLatest: string | null;
}

/** The first and last day of one end of an EDTF interval; `null` for an open or unknown end. */
function endOf(text: string): { start: string | null; end: string | null } | null {
  if (text === '' || text === '..') return null;
  const described = describeEdtf(text);
  return described.ok ? { start: described.value.start, end: described.value.end } : null;
}

/**
 * The bounds of a date: a single date (`2022`) starts and ends somewhere within it; an interval
 * (`2021/2025`) starts within its first end and ends within its last. An open start (`../2027`)
 * has no earliest start, but cannot start after its latest end; an open end has no latest end,
 * but cannot end before its earliest start.
 *
 * ```ts
 * dateBounds({ edtf: '../2027', start: null, end: '2027-12-31' });
 * // { startEarliest: null, startLatest: '2027-12-31', endEarliest: '2027-01-01', endLatest: '2027-12-31' }
 * ```
 */
export function dateBounds(date: { edtf: string; start: string | null; end: string | null }): DateBounds {
  const parts = date.edtf.split('/');
  const single = parts.length === 1;
  const lower = single ? { start: date.start, end: date.end } : endOf(parts[0] ?? '');
  const upper = single ? { start: date.start, end: date.end } : endOf(parts[1] ?? '');
  return {
    startEarliest: date.start,
    startLatest: lower?.end ?? date.end,
    endEarliest: upper?.start ?? date.start,
    endLatest: date.end,
  };
}

/** The cells of a date's columns, in the order of {@link dateColumns}. */
function dateCells(date: DateInfo | undefined): Cell[] {
  if (!date) return Array.from({ length: DATE_COLUMN_COUNT }, () => null);
  const bounds = dateBounds(date);
  return [
    date.edtf,
    bounds.startEarliest,
    bounds.startLatest,
    bounds.endEarliest,
    bounds.endLatest,
    date.precision,
    date.approximate,
    date.uncertain,
    date.relative?.phrase ?? null,
    date.relative?.anchor ?? null,
    date.relative?.method ?? null,
  ];
}

/** How many columns a date field takes (see {@link dateColumns}). */
const DATE_COLUMN_COUNT = 11;

function cellsOf(record: Record<string, unknown>, columns: Column[]): Cell[] {
  const cells: Cell[] = [];
  for (let index = 0; index < columns.length; index++) {
    const origin = (columns[index] as Column).origin as ColumnOrigin;
    const value = record[origin.field];
    if (origin.date) {
      cells.push(...dateCells(value as DateInfo | undefined));
      index += DATE_COLUMN_COUNT - 1;
    } else if (origin.part === undefined) {
      cells.push((value ?? null) as Cell);
    } else {
      cells.push(((value as Record<string, unknown> | undefined)?.[origin.part] ?? null) as Cell);
    }
  }
  return cells;
}

/** Whether a relative date's anchor is the id of a record (rather than an EDTF date). */
function anchorId(anchor: string | undefined): string | undefined {
  return anchor !== undefined && parseId(anchor) ? anchor : undefined;
}

/** Every date of a record with its path: top-level dates and the periods of affiliations. */
function datesOf(record: Record<string, unknown>): { path: (string | number)[]; date: DateInfo }[] {
  const found: { path: (string | number)[]; date: DateInfo }[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && 'edtf' in value)
      found.push({ path: [key], date: value as DateInfo });
  }
  const affiliations = record.affiliations as { period?: DateInfo }[] | undefined;
  affiliations?.forEach((affiliation, index) => {
    if (affiliation.period) found.push({ path: ['affiliations', index, 'period'], date: affiliation.period });
  });
  return found;
}

const ID_COLUMN = (description: string, name = 'record_id'): Column => ({
  name,
  type: 'string',
  description,
  reference: true,
  required: true,
});

/**
 * Every table of a dataset: one per kind, then `records`, `citations`, `sections`,
 * `record_references`, `aliases`, `tags`, `affiliations` and `meta`.
 *
 * ```ts
 * datasetTables(dataset).map((table) => table.name); // ['countries', …, 'records', 'citations', …, 'meta']
 * ```
 */
export function datasetTables(dataset: Dataset): Table[] {
  const tables: Table[] = [];
  const all: AnyRecord[] = [];
  for (const kind of KIND_NAMES) {
    const records = dataset[KINDS[kind].collection] as AnyRecord[];
    for (const record of records) all.push(record);
    const columns = columnsOf(kind);
    tables.push({
      name: KINDS[kind].collection,
      description: `Every ${kind} of the dataset, one row each; citations are in the citations table.`,
      columns,
      primaryKey: ['id'],
      rows: records.map((record) => cellsOf(record as unknown as Record<string, unknown>, columns)),
    });
  }
  tables.push({
    name: 'records',
    description: 'Every id of the dataset with its kind and name or label: the target of every foreign key.',
    columns: [
      { name: 'id', type: 'string', description: 'The record id, `<prefix>:<slug>`.', required: true },
      {
        name: 'kind',
        type: 'string',
        description: 'The record kind.',
        required: true,
        values: KIND_NAMES,
      },
      {
        name: 'name',
        type: 'string',
        description: 'Its name (entities) or label (statements); empty for a relation without a label.',
      },
    ],
    primaryKey: ['id'],
    rows: all.map((record) => [
      record.id,
      record.kind,
      ('name' in record ? record.name : record.label) ?? null,
    ]),
  });

  const headingsOf = citationHeadings(dataset.documents);
  const sections = new Map<string, Cell[]>();
  for (const record of all)
    for (const citation of record.sources) {
      const key = `${citation.document} ${citation.section}`;
      if (!sections.has(key))
        sections.set(key, [citation.document, citation.section, headingsOf(citation).section]);
    }
  tables.push({
    name: 'citations',
    description:
      'Every citation: which record, which document, section and paragraph, and the verbatim excerpt.',
    columns: [
      ID_COLUMN('The record cited for.'),
      {
        name: 'position',
        type: 'integer',
        description: 'Its position in the record’s sources, from 1.',
        required: true,
      },
      // A foreign key to sections (document, section), whose document is one to records.
      {
        name: 'document',
        type: 'string',
        description: 'The cited document: the id of a document record.',
        required: true,
      },
      {
        name: 'section',
        type: 'string',
        description: 'The section of the document, as a slug.',
        required: true,
      },
      {
        name: 'paragraph',
        type: 'integer',
        description: 'The paragraph within the section, counted from 1.',
        required: true,
      },
      {
        name: 'subsection',
        type: 'string',
        description:
          'The heading of the subsection the paragraph stands under, as the document prints it; empty when none.',
      },
      {
        name: 'excerpt',
        type: 'string',
        description: 'A verbatim excerpt of that paragraph that contains the fact, at most 300 characters.',
        required: true,
      },
    ],
    primaryKey: ['record_id', 'position'],
    foreignKeys: [
      { columns: ['document', 'section'], table: 'sections', references: ['document', 'section'] },
    ],
    rows: all.flatMap((record) =>
      record.sources.map((citation, index) => [
        record.id,
        index + 1,
        citation.document,
        citation.section,
        citation.paragraph,
        headingsOf(citation).subsection ?? null,
        citation.excerpt,
      ]),
    ),
  });
  tables.push({
    name: 'sections',
    description: 'Every section cited, with its heading as `chipwar cite` prints it.',
    columns: [
      { ...ID_COLUMN('The document (a document record).'), name: 'document' },
      { name: 'section', type: 'string', description: 'The section, as a slug.', required: true },
      {
        name: 'title',
        type: 'string',
        description:
          'Its heading as the document prints it ("Section 1: The Turning Point in China’s Strategic Thinking on Semiconductors"), or a title made from the slug when it has none ("Lede").',
        required: true,
      },
    ],
    primaryKey: ['document', 'section'],
    rows: [...sections.values()].sort((a, b) =>
      `${a[0]} ${a[1]}` < `${b[0]} ${b[1]}` ? -1 : `${a[0]} ${a[1]}` > `${b[0]} ${b[1]}` ? 1 : 0,
    ),
  });

  tables.push({
    name: 'record_references',
    description:
      'Every id a record refers to (participants, subjects, speakers, issuers, …, and the records that relative dates count from), for joins.',
    columns: [
      ID_COLUMN('The record that refers.'),
      {
        name: 'field',
        type: 'string',
        description: 'The field it refers from, such as participants, speaker or date.',
        required: true,
      },
      {
        name: 'path',
        type: 'string',
        description: 'The exact place in the record, such as participants[2] or date.relative.anchor.',
        required: true,
      },
      ID_COLUMN('The id referred to.', 'target_id'),
    ],
    primaryKey: ['record_id', 'path'],
    rows: all.flatMap((record) => {
      const rows: Cell[][] = referencesOf(record)
        .filter((reference) => reference.path[0] !== 'sources')
        .map((reference) => [record.id, String(reference.path[0]), formatPath(reference.path), reference.id]);
      for (const { path, date } of datesOf(record as unknown as Record<string, unknown>)) {
        const anchor = anchorId(date.relative?.anchor);
        if (anchor)
          rows.push([record.id, String(path[0]), formatPath([...path, 'relative', 'anchor']), anchor]);
      }
      return rows;
    }),
  });

  const listTable = (
    name: 'aliases' | 'tags',
    field: 'aliases' | 'tags',
    description: string,
    itemDescription: string,
  ): Table => ({
    name,
    description,
    columns: [
      ID_COLUMN('The record.'),
      { name: 'position', type: 'integer', description: 'Its position in the list, from 1.', required: true },
      {
        name: name === 'aliases' ? 'alias' : 'tag',
        type: 'string',
        description: itemDescription,
        required: true,
      },
    ],
    primaryKey: ['record_id', 'position'],
    rows: all.flatMap((record) =>
      (((record as unknown as Record<string, unknown>)[field] as string[] | undefined) ?? []).map(
        (item, index) => [record.id, index + 1, item],
      ),
    ),
  });
  tables.push(
    listTable(
      'aliases',
      'aliases',
      'Every other name the report uses for an entity, one row each.',
      RECORD_FIELDS.organization.find((field) => field.name === 'aliases')?.description ?? 'An alias.',
    ),
    listTable(
      'tags',
      'tags',
      'Every tag of a record, one row each.',
      'A tag, as a slug: free tags for grouping.',
    ),
  );

  const affiliationFields =
    RECORD_FIELDS.person.find((field) => field.name === 'affiliations')?.items?.fields ?? [];
  const doc = (name: string) => affiliationFields.find((field) => field.name === name)?.description ?? name;
  const periodField = affiliationFields.find((field) => field.name === 'period');
  const periodColumns = periodField ? dateColumns(periodField, 'period') : [];
  tables.push({
    name: 'affiliations',
    description: 'Every role the report gives a person, one row each, with where and when it is held.',
    columns: [
      ID_COLUMN('The person.', 'person_id'),
      {
        name: 'position',
        type: 'integer',
        description: 'Its position in the person’s affiliations, from 1.',
        required: true,
      },
      { name: 'organization_id', type: 'string', description: doc('organization'), reference: true },
      { name: 'role', type: 'string', description: doc('role'), required: true },
      ...periodColumns.map(({ origin: _origin, ...column }) => column),
    ],
    primaryKey: ['person_id', 'position'],
    rows: dataset.people.flatMap((person) =>
      (person.affiliations ?? []).map((affiliation, index) => [
        person.id,
        index + 1,
        affiliation.organization ?? null,
        affiliation.role,
        ...dateCells(affiliation.period as DateInfo | undefined),
      ]),
    ),
  });

  const { meta } = dataset;
  tables.push({
    name: 'meta',
    description: 'The dataset in one row: its versions, content hash, source and license.',
    columns: [
      {
        name: 'dataset_version',
        type: 'string',
        description: 'The version of the data (semver).',
        required: true,
      },
      {
        name: 'schema_version',
        type: 'string',
        description: 'The version of the schema it follows.',
        required: true,
      },
      {
        name: 'content_hash',
        type: 'string',
        description: 'sha256 of the canonical records: the same hash means the same data.',
      },
      { ...ID_COLUMN('The source document (a document record).'), name: 'source_document' },
      { name: 'source_title', type: 'string', description: 'The title of the source.', required: true },
      { name: 'source_author', type: 'string', description: 'Its author.', required: true },
      { name: 'source_publisher', type: 'string', description: 'Its publisher.' },
      { name: 'source_date', type: 'date', description: 'Its publication date.', required: true },
      {
        name: 'source_sha256',
        type: 'string',
        description: 'sha256 of the source text the excerpts were checked against.',
      },
      { name: 'license', type: 'string', description: 'The license of the data.', required: true },
    ],
    primaryKey: ['dataset_version'],
    rows: [
      [
        meta.datasetVersion,
        meta.schemaVersion,
        meta.contentHash ?? null,
        meta.source.document,
        meta.source.title,
        meta.source.author,
        meta.source.publisher ?? null,
        meta.source.date,
        meta.source.sha256 ?? null,
        DATA_LICENSE,
      ],
    ],
  });
  return tables;
}
