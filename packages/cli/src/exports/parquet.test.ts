import { join } from 'node:path';
import { dataset as shipped } from '@chipwar/dataset';
import { timeline } from '@chipwar/query';
import type { Dataset } from '@chipwar/schema';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetTables } from '../tables.ts';
import { exportFiles } from './index.ts';
import { readmeSql, writeExport } from './real-clients.ts';

const dataset = shipped as unknown as Dataset;
const tables = datasetTables(dataset);
const files = await exportFiles(dataset, 'parquet');
const dir = writeExport(files);
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

/** Runs SQL in DuckDB; `{t}` is the path of the Parquet file of table t. */
async function duckdb(sql: string): Promise<Record<string, unknown>[]> {
  const expanded = sql.replace(/\{(\w+)\}/g, (_, name: string) => `'${join(dir, `${name}.parquet`)}'`);
  return (await connection.runAndReadAll(expanded)).getRowObjectsJson() as Record<string, unknown>[];
}

describe('Parquet, read by DuckDB', () => {
  it('writes one file per table of the SQL export, each with its rows', async () => {
    expect([...files.keys()].sort()).toEqual(tables.map((table) => `${table.name}.parquet`).sort());
    for (const table of tables) {
      const [row] = await duckdb(`SELECT COUNT(*) AS n FROM {${table.name}}`);
      expect(Number(row?.n), table.name).toBe(table.rows.length);
    }
  });

  it('keeps logical types: dates, integers, doubles, booleans, lists of strings, JSON', async () => {
    const types = Object.fromEntries(
      (await duckdb(`DESCRIBE SELECT * FROM {events}`)).map((row) => [row.column_name, row.column_type]),
    );
    expect(types).toMatchObject({
      id: 'VARCHAR',
      date: 'VARCHAR',
      date_start_earliest: 'DATE',
      date_end_latest: 'DATE',
      date_approximate: 'BOOLEAN',
      participants: 'VARCHAR[]',
    });
    const figures = Object.fromEntries(
      (await duckdb(`DESCRIBE SELECT * FROM {figures}`)).map((row) => [row.column_name, row.column_type]),
    );
    expect(figures).toMatchObject({ value: 'DOUBLE', range_min: 'DOUBLE', period_start_earliest: 'DATE' });
    const citations = Object.fromEntries(
      (await duckdb(`DESCRIBE SELECT * FROM {citations}`)).map((row) => [row.column_name, row.column_type]),
    );
    expect(citations).toMatchObject({ position: 'INTEGER', paragraph: 'INTEGER' });
    const [trump] = await duckdb(
      `SELECT affiliations->>'$[0].role' AS role, json_type(affiliations) AS type FROM {people} WHERE id = 'person:donald-trump'`,
    );
    expect(trump).toEqual({ role: 'President', type: 'ARRAY' });
    // Every column, unquoted: no name is a keyword for DuckDB either.
    for (const table of tables)
      await expect(
        duckdb(
          `SELECT ${table.columns.map((column) => column.name).join(', ')} FROM {${table.name}} LIMIT 1`,
        ),
      ).resolves.toBeDefined();
  });

  it('joins across two files: events and their participants by name', async () => {
    const rows = await duckdb(`
      SELECT e.id, p.name
        FROM {events} e, UNNEST(e.participants) AS u(participant)
        JOIN {records} p ON p.id = u.participant
       WHERE u.participant = 'org:smic'
       ORDER BY e.id`);
    const expected = dataset.events
      .filter((event) => (event.participants as readonly string[]).includes('org:smic'))
      .map((event) => event.id)
      .sort();
    expect(rows.map((row) => row.id)).toEqual(expected);
    expect(rows.every((row) => row.name === 'SMIC')).toBe(true);
    const viaReferences = await duckdb(`
      SELECT COUNT(*) AS n FROM {record_references} r JOIN {records} t ON t.id = r.target_id WHERE r.field = 'subjects'`);
    expect(Number(viaReferences[0]?.n)).toBe(
      dataset.figures.reduce((n, figure) => n + figure.subjects.length, 0),
    );
  });

  it('answers the 2022 question over DATE bounds as the timeline does', async () => {
    const rows = await duckdb(`
      SELECT id FROM {events}
       WHERE date_start_earliest >= DATE '2022-01-01' AND date_end_latest <= DATE '2022-12-31'
       ORDER BY date_start_earliest NULLS LAST, date_end_latest NULLS LAST, id`);
    expect(rows.map((row) => row.id)).toEqual(
      timeline({ from: '2022', to: '2022' }).map((entry) => entry.id),
    );
  });

  it('runs the README’s DuckDB example', async () => {
    const examples = readmeSql().filter((query) => query.title.startsWith('-- DuckDB'));
    expect(examples.length).toBeGreaterThan(0);
    for (const { sql } of examples) {
      const rows = await duckdb(sql.replace(/'(\w+)\.parquet'/g, '{$1}'));
      expect(rows.length, sql).toBeGreaterThan(0);
    }
    const [example] = examples;
    const ids = [
      ...new Set(
        (await duckdb((example?.sql ?? '').replace(/'(\w+)\.parquet'/g, '{$1}'))).map((row) => row.id),
      ),
    ];
    expect(ids.sort()).toEqual(
      timeline({ from: '2022', to: '2022' })
        .map((entry) => entry.id)
        .sort(),
    );
  });

  it('is byte-reproducible: two exports are the same files', async () => {
    const again = await exportFiles(dataset, 'parquet');
    for (const [name, bytes] of files)
      expect(Buffer.from(again.get(name) as Uint8Array).equals(Buffer.from(bytes as Uint8Array)), name).toBe(
        true,
      );
  });
});
