import { dataset as shipped } from '@chipwar/dataset';
import { timeline } from '@chipwar/query';
import { type AnyRecord, type Dataset, toDateInfo } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import { parse } from 'csv-parse/sync';
// @ts-expect-error: datapackage ships no type declarations
import { validate as validateDataPackage } from 'datapackage';
import jsonld from 'jsonld';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { type Column, datasetTables } from '../tables.ts';
import { csvFiles } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { jsonLd } from './jsonld.ts';
import { sqliteFile } from './sqlite.ts';

const dataset = shipped as unknown as Dataset;
const tables = datasetTables(dataset);

describe('SQLite', () => {
  it('answers real SQL: the largest dollar figures, and every event involving SMIC', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database(await sqliteFile(tables));
    const largest = db.exec(
      `SELECT id, value FROM figures WHERE unit = 'USD' AND value IS NOT NULL ORDER BY value DESC LIMIT 3`,
    )[0]?.values;
    const expected = dataset.figures
      .filter((figure) => figure.unit === 'USD' && figure.value !== undefined)
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
      .slice(0, 3)
      .map((figure) => [figure.id, figure.value]);
    expect(largest).toEqual(expected);
    expect(largest?.[0]).toEqual(['figure:china-chip-imports-2020', 350e9]);

    const smic = db
      .exec(
        `SELECT DISTINCT e.id FROM events e JOIN "references" r ON r.record_id = e.id WHERE r.target_id = 'org:smic' AND r.field IN ('participants', 'related', 'location') ORDER BY e.id`,
      )[0]
      ?.values.map(([id]) => id);
    expect(smic).toEqual(
      timeline({ involving: 'org:smic' })
        .map((entry) => entry.id)
        .sort(),
    );
    expect(smic?.length).toBeGreaterThan(0);

    const viaJson = db.exec(
      `SELECT COUNT(*) FROM events, json_each(events.participants) p WHERE p.value = 'org:smic'`,
    )[0]?.values[0]?.[0];
    expect(viaJson).toBe(
      dataset.events.filter((event) => (event.participants as string[]).includes('org:smic')).length,
    );
    expect(db.exec('PRAGMA foreign_key_check')).toEqual([]);
    expect(db.exec(`SELECT COUNT(*) FROM citations`)[0]?.values[0]?.[0]).toBe(
      KIND_NAMES.reduce(
        (sum, kind) =>
          sum +
          (dataset[KINDS[kind].collection] as AnyRecord[]).reduce(
            (n, record) => n + record.sources.length,
            0,
          ),
        0,
      ),
    );
    const indexes = db
      .exec(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figures'`)[0]
      ?.values.flat();
    expect(indexes).toEqual(expect.arrayContaining(['figures_metric', 'figures_unit']));
    db.close();
  });
});

/** Reads the CSV export back into records, using the column types, and the citations table. */
function fromCsv(files: Map<string, string>): Record<string, AnyRecord[]> {
  const byName = new Map(tables.map((table) => [table.name, table.columns]));
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
    const name = KINDS[kind].collection;
    const columns = byName.get(name) as Column[];
    out[name] = read(name).map((row) => {
      const record: Record<string, unknown> = {};
      for (const column of columns) {
        const value = decode(row[column.name] as string, column);
        if (value === undefined) continue;
        const date = columns.some((other) => other.name === `${column.name}_start`);
        if (date)
          record[column.name] = toDateInfo(
            value as string,
            decode(row[`${column.name}_relative`] as string, { type: 'object' } as Column) as never,
          );
        else if (
          /_(start|end|relative)$/.test(column.name) &&
          columns.some(
            (other) =>
              other.name === column.name.replace(/_(start|end|relative)$/, '') &&
              `${other.name}_start` !== other.name,
          )
        )
          continue;
        else if (column.name.includes('_')) {
          const [field, part] = column.name.split('_') as [string, string];
          record[field] = { ...(record[field] as object), [part]: value };
        } else record[column.name] = value;
      }
      record.sources = sources.get(record.id as string);
      return record as AnyRecord;
    });
  }
  return out;
}

describe('CSV and Data Package', () => {
  it('round-trips: reading the CSVs back gives the same records', () => {
    const back = fromCsv(csvFiles(tables));
    for (const kind of KIND_NAMES) {
      const name = KINDS[kind].collection;
      expect(back[name], name).toEqual(JSON.parse(JSON.stringify(dataset[name])));
    }
  });

  it('writes RFC 4180 CSV: a header, CRLF line ends, quoted fields where needed', () => {
    const quotes = csvFiles(tables).get('quotes.csv') as string;
    expect(quotes.startsWith('id,kind,label,')).toBe(true);
    expect(quotes).toContain('\r\n');
    expect(quotes).toMatch(/"[^"]*""[^"]*"/); // an embedded quote is doubled
  });

  it('describes them with a datapackage.json that is valid against the Data Package profile', async () => {
    const descriptor = dataPackage(dataset, tables);
    const report = await validateDataPackage(descriptor);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
    const figures = (
      descriptor.resources as {
        name: string;
        schema: {
          fields: { name: string; description: string }[];
          primaryKey: string;
          foreignKeys: unknown[];
        };
      }[]
    ).find((resource) => resource.name === 'figures');
    expect(figures?.schema.primaryKey).toBe('id');
    const organizations = (
      descriptor.resources as { name: string; schema: { foreignKeys: unknown[] } }[]
    ).find((resource) => resource.name === 'organizations');
    expect(organizations?.schema.foreignKeys).toContainEqual({
      fields: 'country',
      reference: { resource: 'records', fields: 'id' },
    });
    expect(figures?.schema.fields.find((field) => field.name === 'value')?.description).toContain(
      'never scaled',
    );
    expect(descriptor.licenses).toBeDefined();
    expect(descriptor.sources).toBeDefined();
  });
});

describe('JSON-LD', () => {
  it('expands without errors and holds the expected schema.org nodes', async () => {
    const expanded = (await jsonld.expand(jsonLd(dataset) as never)) as Record<string, unknown>[];
    const graph = (expanded[0]?.['@graph'] ?? expanded) as Record<string, unknown>[];
    const node = (id: string) => graph.find((item) => item['@id'] === `urn:chipwar:${id}`);
    expect(node('org:smic')?.['@type']).toEqual(['https://schema.org/Organization']);
    expect(node('org:smic')?.['https://schema.org/name']).toEqual([{ '@value': 'SMIC' }]);
    expect(node('person:xi-jinping')?.['@type']).toEqual(['https://schema.org/Person']);
    expect(node('country:cn')?.['@type']).toEqual(['https://schema.org/Country']);
    expect(node('quote:blinken-inflection-point')?.['@type']).toEqual(['https://schema.org/Quotation']);
    expect(node('event:zte-export-ban-2018')?.['@type']).toEqual(['https://schema.org/Event']);
    expect(node('org:smic')?.['https://schema.org/addressCountry']).toEqual([
      { '@id': 'urn:chipwar:country:cn' },
    ]);
    expect(graph.length).toBe(
      KIND_NAMES.reduce((sum, kind) => sum + dataset[KINDS[kind].collection].length, 0),
    );
  });
});
