// The tabular model of a dataset, shared by the CSV, Data Package and SQLite exports: one table per
// kind with typed columns derived from the record schemas, plus `records` (every id, for foreign
// keys), `citations` and `references` (every id a record refers to, for joins).
import type { AnyRecord, Dataset } from '@chipwar/schema';
import {
  type FieldSpec,
  formatPath,
  KIND_NAMES,
  KINDS,
  type Kind,
  RECORD_FIELDS,
  referencesOf,
} from '@chipwar/schema/core';

/** A column's type, in Table Schema terms (array and object columns hold JSON). */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/** A column of a table. */
export interface Column {
  /** The column name: the field, or `field_part` for a flattened date or object. */
  name: string;
  /** Its type. */
  type: ColumnType;
  /** What it holds. */
  description: string;
  /** Whether it holds the id of another record (a foreign key to `records.id`). */
  reference?: boolean;
  /** Whether a value is required. */
  required?: boolean;
  /** The allowed values, for a field of a closed vocabulary. */
  values?: readonly string[];
}

/** A table: its name, columns and rows (cells in column order; `null` for an empty cell). */
export interface Table {
  name: string;
  description: string;
  columns: Column[];
  primaryKey?: string[];
  rows: Cell[][];
}

/** One cell: a scalar, or a JSON value for array and object columns, or `null`. */
export type Cell = string | number | boolean | null | unknown[] | Record<string, unknown>;

const SCALAR_TYPES = new Set<FieldSpec['type']>([
  'string',
  'slug',
  'integer',
  'number',
  'boolean',
  'id',
  'enum',
]);

function scalarColumn(name: string, field: FieldSpec, required: boolean): Column {
  const type: ColumnType =
    field.type === 'integer' || field.type === 'number' || field.type === 'boolean' ? field.type : 'string';
  const column: Column = { name, type, description: field.description };
  if (field.type === 'id') column.reference = true;
  if (field.values) column.values = field.values;
  if (required) column.required = true;
  return column;
}

/**
 * The columns of a kind's table, read from the record fields of `@chipwar/schema/core`: dates as
 * their EDTF and derived bounds, objects of scalars spread over one column per part, lists and
 * other objects as JSON. Identity first (id, kind, name or label), then the fields in schema order.
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
      columns.push(
        {
          name: field.name,
          type: 'string',
          description: `${field.description} As EDTF (ISO 8601-2).`,
          ...(field.required ? { required: true } : {}),
        },
        {
          name: `${field.name}_start`,
          type: 'string',
          description: `First day ${field.name} covers (YYYY-MM-DD), derived from EDTF; empty when open`,
        },
        {
          name: `${field.name}_end`,
          type: 'string',
          description: `Last day ${field.name} covers (YYYY-MM-DD), derived from EDTF; empty when open`,
        },
        {
          name: `${field.name}_relative`,
          type: 'object',
          description: `How a relative ${field.name} was resolved: {phrase, anchor, method}`,
        },
      );
    } else if (field.type === 'object' && field.fields?.every((part) => SCALAR_TYPES.has(part.type))) {
      for (const part of field.fields) columns.push(scalarColumn(`${field.name}_${part.name}`, part, false));
    } else if (field.type === 'list' || field.type === 'object') {
      columns.push({
        name: field.name,
        type: field.type === 'list' ? 'array' : 'object',
        description: `${field.description} (JSON)`,
        ...(field.required ? { required: true } : {}),
      });
    } else {
      columns.push(scalarColumn(field.name, field, field.required));
    }
  }
  return columns;
}

function cellsOf(record: Record<string, unknown>, columns: Column[]): Cell[] {
  return columns.map((column) => {
    if (column.name in record) {
      const value = record[column.name];
      if (value && typeof value === 'object' && !Array.isArray(value) && 'edtf' in value)
        return (value as { edtf: string }).edtf;
      return (value ?? null) as Cell;
    }
    const split = column.name.lastIndexOf('_');
    const field = column.name.slice(0, split);
    const part = column.name.slice(split + 1);
    const holder = record[field] as Record<string, unknown> | undefined;
    if (!holder) return null;
    return (holder[part] ?? null) as Cell;
  });
}

/** Every table of a dataset: one per kind, then `records`, `citations` and `references`. */
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
      { name: 'id', type: 'string', description: 'The record id', required: true },
      { name: 'kind', type: 'string', description: 'The record kind', required: true },
      { name: 'name', type: 'string', description: 'Its name (entities) or label (statements)' },
    ],
    primaryKey: ['id'],
    rows: all.map((record) => [
      record.id,
      record.kind,
      ('name' in record ? record.name : record.label) ?? null,
    ]),
  });
  tables.push({
    name: 'citations',
    description:
      'Every citation: which record, which document, section and paragraph, and the verbatim excerpt.',
    columns: [
      {
        name: 'record_id',
        type: 'string',
        description: 'The record cited for',
        reference: true,
        required: true,
      },
      {
        name: 'position',
        type: 'integer',
        description: 'Its position in the record’s sources, from 1',
        required: true,
      },
      {
        name: 'document',
        type: 'string',
        description: 'The cited document',
        reference: true,
        required: true,
      },
      { name: 'section', type: 'string', description: 'The section slug', required: true },
      {
        name: 'paragraph',
        type: 'integer',
        description: 'The paragraph within the section, from 1',
        required: true,
      },
      { name: 'excerpt', type: 'string', description: 'The verbatim excerpt', required: true },
    ],
    primaryKey: ['record_id', 'position'],
    rows: all.flatMap((record) =>
      record.sources.map((citation, index) => [
        record.id,
        index + 1,
        citation.document,
        citation.section,
        citation.paragraph,
        citation.excerpt,
      ]),
    ),
  });
  tables.push({
    name: 'references',
    description: 'Every id a record refers to (participants, subjects, speakers, issuers, …), for joins.',
    columns: [
      {
        name: 'record_id',
        type: 'string',
        description: 'The record that refers',
        reference: true,
        required: true,
      },
      {
        name: 'field',
        type: 'string',
        description: 'The field it refers from, such as participants or speaker',
        required: true,
      },
      {
        name: 'path',
        type: 'string',
        description: 'The exact place in the record, such as participants[2]',
        required: true,
      },
      {
        name: 'target_id',
        type: 'string',
        description: 'The id referred to',
        reference: true,
        required: true,
      },
    ],
    primaryKey: ['record_id', 'path'],
    rows: all.flatMap((record) =>
      referencesOf(record)
        .filter((reference) => reference.path[0] !== 'sources')
        .map((reference) => [record.id, String(reference.path[0]), formatPath(reference.path), reference.id]),
    ),
  });
  return tables;
}
