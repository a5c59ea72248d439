// The tabular model of a dataset, shared by the CSV, Data Package and SQLite exports: one table per
// kind with typed columns derived from the record schemas, plus `records` (every id, for foreign
// keys), `citations` and `references` (every id a record refers to, for joins).
import {
  type AnyRecord,
  type Dataset,
  DateSchema,
  formatPath,
  KIND_NAMES,
  KINDS,
  type Kind,
  RecordSchemas,
  referenceRegistry,
  referencesOf,
  UNITS,
} from '@chipwar/schema';
import type { z } from 'zod';

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

type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      optional = true;
      inner = def.innerType;
    } else return { inner, optional };
  }
}

const FIELD_NOTES: Record<string, string> = {
  value: `The value in the unit itself, never scaled (21000000000 for "$21 billion"); units: ${UNITS.join(', ')}`,
  range_min: 'Lower bound, in the unit itself',
  range_max: 'Upper bound, in the unit itself',
  unit: `Unit: an ISO 4217 currency code or one of ${UNITS.filter((unit) => unit.length > 3).join(', ')}`,
  scale: 'The scale word the source wrote (billion, …), for display; value is already multiplied out',
  qualifier:
    'How exact the source says the figure is: exact, about, more-than, less-than, at-least, at-most, nearly, up-to',
};

/** A field that is a plain object of scalars (a speaker, a range) is spread over one column per part. */
function scalarParts(schema: AnySchema): [string, AnySchema][] | undefined {
  const def = schema._zod.def as { type: string; shape?: Record<string, AnySchema> };
  if (def.type !== 'object' || !def.shape) return undefined;
  const parts = Object.entries(def.shape);
  const scalar = parts.every(([, part]) => ['string', 'number'].includes(unwrap(part).inner._zod.def.type));
  return scalar ? parts : undefined;
}

function scalarColumn(name: string, schema: AnySchema, required: boolean, description: string): Column {
  const { inner } = unwrap(schema);
  const type = inner._zod.def.type;
  const column: Column = {
    name,
    type:
      type === 'number'
        ? (inner as unknown as { isInt?: boolean }).isInt
          ? 'integer'
          : 'number'
        : type === 'boolean'
          ? 'boolean'
          : 'string',
    description: FIELD_NOTES[name] ?? description,
  };
  if (referenceRegistry.get(inner as z.ZodType)) column.reference = true;
  if (required) column.required = true;
  return column;
}

/** The columns of a kind's table, from its schema: dates and flat objects spread, lists as JSON. */
export function columnsOf(kind: Kind): Column[] {
  const shape = (RecordSchemas[kind] as unknown as { shape: Record<string, AnySchema> }).shape;
  const columns: Column[] = [];
  // Identity first (id, kind, name or label), then the fields in schema order.
  const first = ['id', 'kind', 'name', 'label'];
  const fields = Object.entries(shape).sort(
    ([a], [b]) =>
      (first.includes(b) ? 1 : 0) - (first.includes(a) ? 1 : 0) || first.indexOf(a) - first.indexOf(b),
  );
  for (const [field, schema] of fields) {
    if (field === 'sources') continue;
    const { inner, optional } = unwrap(schema);
    const description = (inner as unknown as { description?: string }).description ?? field;
    if (inner === (DateSchema as unknown as AnySchema)) {
      columns.push(
        {
          name: field,
          type: 'string',
          description: `${field}, as EDTF (ISO 8601-2)`,
          ...(optional ? {} : { required: true }),
        },
        {
          name: `${field}_start`,
          type: 'string',
          description: `First day ${field} covers (YYYY-MM-DD), derived from EDTF; empty when open`,
        },
        {
          name: `${field}_end`,
          type: 'string',
          description: `Last day ${field} covers (YYYY-MM-DD), derived from EDTF; empty when open`,
        },
        {
          name: `${field}_relative`,
          type: 'object',
          description: `How a relative ${field} was resolved: {phrase, anchor, method}`,
        },
      );
      continue;
    }
    const parts = scalarParts(inner);
    if (parts) {
      for (const [part, partSchema] of parts)
        columns.push(scalarColumn(`${field}_${part}`, partSchema, false, `${field}: ${part}`));
      continue;
    }
    const type = inner._zod.def.type;
    if (type === 'array' || type === 'object' || type === 'union' || type === 'pipe') {
      columns.push({
        name: field,
        type: type === 'array' ? 'array' : 'object',
        description: `${field} (JSON)`,
        ...(optional ? {} : { required: true }),
      });
    } else {
      columns.push(scalarColumn(field, schema, !optional, description));
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
    all.push(...records);
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
