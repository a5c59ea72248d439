import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset as shipped } from '@chipwar/dataset';
import { type AnyRecord, type Dataset, toDateInfo } from '@chipwar/schema';
import { KIND_NAMES, KINDS, RECORD_FIELDS } from '@chipwar/schema/core';
import { parse } from 'csv-parse/sync';
// @ts-expect-error: datapackage ships no type declarations
import { Package, validate as validateDataPackage } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { type Column, datasetTables } from '../tables.ts';
import { csvFiles } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { exportFiles } from './index.ts';
import { writeExport } from './real-clients.ts';

const dataset = shipped as unknown as Dataset;
const tables = datasetTables(dataset);

/** Reads the CSV export back into records, from the columns' origins and the citations table. */
function fromCsv(files: Map<string, string>): Record<string, AnyRecord[]> {
  const read = (name: string) =>
    parse(files.get(`${name}.csv`) as string, { columns: true }) as Record<string, string>[];
  const sources = new Map<string, AnyRecord['sources']>();
  for (const row of read('citations')) {
    const list = sources.get(row.record_id as string) ?? [];
    list[Number(row.position) - 1] = {
      document: row.document as never,
      section: row.section as string,
      paragraph: Number(row.paragraph),
      excerpt: row.excerpt as string,
    };
    sources.set(row.record_id as string, list);
  }
  const decode = (cell: string, column: Column) => {
    if (cell === '') return undefined;
    if (column.type === 'integer' || column.type === 'number') return Number(cell);
    if (column.type === 'boolean') return cell === 'true';
    if (column.type === 'array' || column.type === 'object') return JSON.parse(cell);
    return cell;
  };
  const out: Record<string, AnyRecord[]> = {};
  for (const kind of KIND_NAMES) {
    const table = tables.find((candidate) => candidate.name === KINDS[kind].collection);
    out[KINDS[kind].collection] = read(KINDS[kind].collection).map((row) => {
      const record: Record<string, unknown> = {};
      for (const column of table?.columns ?? []) {
        const { origin } = column;
        const value = decode(row[column.name] as string, column);
        if (!origin || origin.derived || value === undefined) continue;
        if (origin.date) record[origin.field] = toDateInfo(value as string);
        else if (origin.part?.startsWith('relative.')) {
          const date = record[origin.field] as { relative?: Record<string, unknown> };
          date.relative = { ...date.relative, [origin.part.slice('relative.'.length)]: value };
        } else if (origin.part)
          record[origin.field] = { ...(record[origin.field] as object), [origin.part]: value };
        else record[origin.field] = value;
      }
      record.sources = sources.get(record.id as string);
      return record as AnyRecord;
    });
  }
  return out;
}

/** Key order aside, as JSON: what a reader gets back. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('CSV', () => {
  it('round-trips: reading the CSVs back gives the same records', () => {
    const back = fromCsv(csvFiles(tables));
    for (const kind of KIND_NAMES) {
      const name = KINDS[kind].collection;
      expect(
        back[name]?.map((record) => plain(record)),
        name,
      ).toEqual(plain(dataset[name]));
    }
  });

  it('is byte-reproducible: two exports of CSV and of the Data Package are the same files', async () => {
    for (const format of ['csv', 'datapackage'] as const) {
      const [first, second] = [await exportFiles(dataset, format), await exportFiles(dataset, format)];
      expect([...second.entries()], format).toEqual([...first.entries()]);
    }
  });

  it('writes RFC 4180 CSV: a header, CRLF line ends, quoted fields where needed', () => {
    const quotes = csvFiles(tables).get('quotes.csv') as string;
    expect(quotes.startsWith('id,kind,label,')).toBe(true);
    expect(quotes).toContain('\r\n');
    expect(quotes).toMatch(/"[^"]*""[^"]*"/); // an embedded quote is doubled
  });
});

describe('Frictionless Data Package', async () => {
  const descriptor = dataPackage(dataset, tables) as {
    resources: {
      name: string;
      schema: {
        fields: { name: string; type: string; description: string; constraints?: { enum?: string[] } }[];
        primaryKey: string | string[];
        foreignKeys: {
          fields: string | string[];
          reference: { resource: string; fields: string | string[] };
        }[];
      };
    }[];
  } & Record<string, unknown>;
  const resource = (name: string) => descriptor.resources.find((entry) => entry.name === name);
  const field = (table: string, name: string) =>
    resource(table)?.schema.fields.find((candidate) => candidate.name === name);

  it('is valid against the Tabular Data Package profile (datapackage, the Frictionless library)', async () => {
    const report = await validateDataPackage(descriptor);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('types dates and whole numbers, with descriptions from the schema’s field docs and enums from the vocabularies', () => {
    expect(field('events', 'date_start_earliest')?.type).toBe('date');
    expect(field('citations', 'paragraph')?.type).toBe('integer');
    expect(field('objectives', 'position')?.type).toBe('integer');
    expect(field('events', 'date_approximate')?.type).toBe('boolean');
    expect(field('figures', 'value')?.type).toBe('number');
    expect(field('figures', 'value')?.description).toBe(
      RECORD_FIELDS.figure.find((spec) => spec.name === 'value')?.description,
    );
    expect(field('figures', 'unit')?.constraints?.enum).toEqual(
      RECORD_FIELDS.figure.find((spec) => spec.name === 'unit')?.values,
    );
    expect(field('figures', 'unit')?.description).toContain('six ISO 4217 currency codes');
    expect(field('relations', 'predicate')?.constraints?.enum).toContain('customer-of');
    // No description merely repeats its field's name.
    for (const entry of descriptor.resources)
      for (const spec of entry.schema.fields)
        expect(spec.description.replace(/[^a-z]/gi, '').toLowerCase(), `${entry.name}.${spec.name}`).not.toBe(
          spec.name.replace(/[^a-z]/gi, '').toLowerCase(),
        );
  });

  it('has a primary key for every table and a foreign key for every reference', () => {
    for (const entry of descriptor.resources) expect(entry.schema.primaryKey, entry.name).toBeDefined();
    expect(resource('organizations')?.schema.foreignKeys).toContainEqual({
      fields: 'country',
      reference: { resource: 'records', fields: 'id' },
    });
    expect(resource('record-references')?.schema.foreignKeys).toEqual([
      { fields: 'record_id', reference: { resource: 'records', fields: 'id' } },
      { fields: 'target_id', reference: { resource: 'records', fields: 'id' } },
    ]);
    expect(resource('citations')?.schema.foreignKeys).toContainEqual({
      fields: ['document', 'section'],
      reference: { resource: 'sections', fields: ['document', 'section'] },
    });
  });

  it('reads back with the Frictionless library: every row cast to its type, every foreign key resolved', async () => {
    const dir = writeExport(await exportFiles(dataset, 'datapackage'));
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    expect(pkg.valid).toBe(true);
    for (const table of tables) {
      const rows = await pkg
        .getResource(table.name.replaceAll('_', '-'))
        .read({ keyed: true, relations: true });
      expect(rows.length, table.name).toBe(table.rows.length);
    }
    const events = await pkg.getResource('events').read({ keyed: true });
    const open = events.find((row: Record<string, unknown>) => row.id === 'event:asml-source-code-theft');
    expect(open.date_start_earliest).toBeNull();
    expect(open.date_end_latest).toBeInstanceOf(Date);
    expect(JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')).version).toBe(
      dataset.meta.datasetVersion,
    );
  });

  it('finds a broken foreign key when it reads', async () => {
    const files = await exportFiles(dataset, 'datapackage');
    const csv = files.get('record_references.csv') as string;
    files.set('record_references.csv', csv.replace(',org:smic\r\n', ',org:smiic\r\n'));
    const pkg = await Package.load(join(writeExport(files), 'datapackage.json'));
    await expect(pkg.getResource('record-references').read({ relations: true })).rejects.toThrow(
      /[Ff]oreign key/,
    );
  });
});
