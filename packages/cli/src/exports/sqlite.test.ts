import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { dataset as shipped } from '@chipwar/dataset';
import { timeline } from '@chipwar/query';
import type { AnyRecord, Dataset } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { datasetTables } from '../tables.ts';
import { exportFiles } from './index.ts';
import { python, readmeSql, runClient, writeExport } from './real-clients.ts';
import { sqliteFile } from './sqlite.ts';

const dataset = shipped as unknown as Dataset;
const tables = datasetTables(dataset);
const bytes = await sqliteFile(tables);
const dir = writeExport(new Map([['chipwar.sqlite', bytes]]));
const file = join(dir, 'chipwar.sqlite');
const records = KIND_NAMES.flatMap((kind) => dataset[KINDS[kind].collection] as AnyRecord[]);

/** Runs SQL with Debian's sqlite3 CLI and returns the rows as objects. */
function sqlite3(sql: string): Record<string, unknown>[] {
  const out = runClient('sqlite3', ['-json', '-readonly', file, sql]);
  return out.trim() === '' ? [] : (JSON.parse(out) as Record<string, unknown>[]);
}

/** The names of the tables and views an analyst sees (not FTS4's own shadow tables). */
const names = sqlite3(
  `SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'text_search_%' ORDER BY name`,
) as { name: string; type: string }[];

/** The README's SQL examples for SQLite (not those for DuckDB), each with its comment lines. */
function readmeQueries(): { title: string; sql: string }[] {
  return readmeSql().filter((query) => !query.title.startsWith('-- DuckDB'));
}

describe('SQLite, opened with Debian’s sqlite3 and pandas', () => {
  it('has every table of the tabular model, the views and the full-text table', () => {
    expect(names.filter((entry) => entry.type === 'table').map((entry) => entry.name)).toEqual(
      [...tables.map((table) => table.name), 'text_search'].sort(),
    );
    expect(names.filter((entry) => entry.type === 'view').map((entry) => entry.name)).toEqual([
      'citations_sections',
      'event_participants',
      'figure_subjects',
      'relations_named',
    ]);
  });

  it('lets every table, view and column be selected with unquoted names', () => {
    for (const { name } of names) {
      const columns = sqlite3(`SELECT name FROM pragma_table_info('${name}')`).map(
        (row) => row.name as string,
      );
      expect(columns.length, name).toBeGreaterThan(0);
      // Unquoted: an SQL keyword among them would be a syntax error.
      expect(() => sqlite3(`SELECT ${columns.join(', ')} FROM ${name} LIMIT 1`), name).not.toThrow();
    }
    const objectives = sqlite3(`SELECT name FROM pragma_table_info('objectives')`).map((row) => row.name);
    expect(objectives).toContain('position');
    expect(objectives).not.toContain('order');
  });

  it('reads into pandas with unquoted names, every row of every table', () => {
    const counts = python<Record<string, number>>(
      `
import json, sqlite3, sys
import pandas as pd
con = sqlite3.connect(sys.argv[1])
names = json.loads(sys.argv[2])
print(json.dumps({name: len(pd.read_sql("select * from " + name, con)) for name in names}))
`,
      file,
      JSON.stringify(names.map((entry) => entry.name)),
    );
    for (const table of tables) expect(counts[table.name], table.name).toBe(table.rows.length);
    expect(counts.record_references).toBeGreaterThan(1000);
    expect(counts.relations_named).toBe(dataset.relations.length);
    expect(counts.citations_sections).toBe(counts.citations);
    expect(counts.figure_subjects).toBe(dataset.figures.reduce((n, figure) => n + figure.subjects.length, 0));
    expect(counts.event_participants).toBe(
      dataset.events.reduce((n, event) => n + new Set(event.participants).size, 0),
    );
  });

  it('has a meta table: versions, content hash, source and license, and no export time', () => {
    const [meta] = sqlite3('SELECT * FROM meta');
    expect(meta).toMatchObject({
      dataset_version: dataset.meta.datasetVersion,
      schema_version: dataset.meta.schemaVersion,
      content_hash: dataset.meta.contentHash,
      source_document: 'doc:china-new-microchip-war',
      source_date: '2023-05-03',
      source_sha256: dataset.meta.source.sha256,
    });
    expect(meta?.license).toContain('MIT');
    expect(Object.keys(meta ?? {}).some((key) => /export|time|created/.test(key))).toBe(false);
  });

  it('gives every date its bounds: NULL only where the report gives none', () => {
    for (const table of tables) {
      for (const column of table.columns.filter((c) => c.origin?.date || c.name === 'period')) {
        const name = column.name;
        if (!table.columns.some((c) => c.name === `${name}_start_earliest`)) continue;
        const rows = sqlite3(
          `SELECT ${name} AS edtf, ${name}_start_earliest AS se, ${name}_start_latest AS sl, ${name}_end_earliest AS ee, ${name}_end_latest AS el, ${name}_approximate AS approximate, ${name}_uncertain AS uncertain FROM ${table.name} WHERE ${name} IS NOT NULL`,
        );
        for (const row of rows) {
          const edtf = row.edtf as string;
          expect(row.se === null, `${table.name}.${name} ${edtf}`).toBe(/^(\.\.)?\//.test(edtf));
          expect(row.el === null, `${table.name}.${name} ${edtf}`).toBe(/\/(\.\.)?$/.test(edtf));
          expect(row.sl, edtf).not.toBeNull();
          expect(row.ee, edtf).not.toBeNull();
          if (row.se !== null) expect((row.se as string) <= (row.sl as string), edtf).toBe(true);
          if (row.el !== null) expect((row.ee as string) <= (row.el as string), edtf).toBe(true);
          expect(row.approximate).toBe(/[~%]/.test(edtf) ? 1 : 0);
          expect(row.uncertain).toBe(/[?%]/.test(edtf) ? 1 : 0);
        }
      }
    }
    const [open] = sqlite3(
      `SELECT date_start_earliest, date_start_latest, date_end_earliest, date_end_latest FROM events WHERE id = 'event:asml-source-code-theft'`,
    );
    expect(open).toEqual({
      date_start_earliest: null,
      date_start_latest: '2018-12-31',
      date_end_earliest: '2018-01-01',
      date_end_latest: '2018-12-31',
    });
  });

  it('answers the 2022 question over the bounds as `chipwar timeline --from 2022 --to 2022` does', () => {
    const query = readmeQueries().find((entry) => entry.title.includes('timeline --from 2022 --to 2022'));
    expect(query, 'the README has the 2022 example').toBeDefined();
    const ids = sqlite3(query?.sql ?? '').map((row) => row.id);
    const cli = spawnSync(
      process.execPath,
      [
        new URL('../../dist/cli.cjs', import.meta.url).pathname,
        'timeline',
        '--from',
        '2022',
        '--to',
        '2022',
        '--json',
      ],
      { encoding: 'utf8' },
    );
    expect(cli.status).toBe(0);
    const expected = (JSON.parse(cli.stdout) as { id: string }[]).map((entry) => entry.id);
    expect(ids).toEqual(expected); // the same events, in the same order
    expect(ids).toEqual(timeline({ from: '2022', to: '2022' }).map((entry) => entry.id));
    expect(ids.length).toBeGreaterThan(5);
    // The trap the bounds avoid: open starts are NULL, and a bare start filter keeps "before 2023".
    const naive = sqlite3(
      `SELECT COUNT(*) AS n FROM events WHERE date_start_earliest <= '2022-12-31' AND (date_end_latest IS NULL OR date_end_latest >= '2022-01-01')`,
    )[0]?.n;
    expect(naive).toBeGreaterThan(ids.length);
  });

  it('runs every example query of the README, each returning rows', () => {
    const queries = readmeQueries();
    expect(queries.length).toBeGreaterThanOrEqual(6);
    for (const { title, sql } of queries) expect(sqlite3(sql).length, `${title}\n${sql}`).toBeGreaterThan(0);
  });

  it('finds "lithography" with full-text search, in names, descriptions and excerpts', () => {
    const hits = sqlite3(
      `SELECT DISTINCT record_id, field FROM text_search WHERE text_search MATCH 'lithography' ORDER BY record_id, field`,
    );
    expect(hits).toContainEqual({ record_id: 'tech:lithography', field: 'name' });
    expect(new Set(hits.map((hit) => hit.field))).toEqual(new Set(['name', 'description', 'excerpt']));
    // A word in no record is found nowhere.
    expect(sqlite3(`SELECT COUNT(*) AS n FROM text_search WHERE text_search MATCH 'xylophone'`)[0]?.n).toBe(
      0,
    );
  });

  it('has tables for aliases, tags, affiliations with roles and every id reference, anchors included', () => {
    const count = (sql: string) => sqlite3(sql)[0]?.n;
    expect(count('SELECT COUNT(*) AS n FROM aliases')).toBe(
      records.reduce((n, record) => n + (('aliases' in record && record.aliases?.length) || 0), 0),
    );
    expect(count('SELECT COUNT(*) AS n FROM tags')).toBe(
      records.reduce((n, record) => n + (record.tags?.length ?? 0), 0),
    );
    expect(
      sqlite3(`SELECT role FROM affiliations WHERE person_id = 'person:xi-jinping'`).length,
    ).toBeGreaterThan(0);
    const anchors = records.flatMap((record) =>
      Object.values(record).filter(
        (value) =>
          value &&
          typeof value === 'object' &&
          'relative' in value &&
          /^[a-z]+:[a-z0-9-]+$/.test((value as { relative?: { anchor: string } }).relative?.anchor ?? ''),
      ),
    );
    expect(anchors.length).toBeGreaterThan(10);
    expect(
      count(
        `SELECT COUNT(*) AS n FROM record_references WHERE path LIKE '%.relative.anchor' AND field != 'affiliations'`,
      ),
    ).toBe(anchors.length);
    expect(
      count(
        `SELECT COUNT(*) AS n FROM record_references WHERE target_id = 'policy:october-7-export-controls' AND field = 'date'`,
      ),
    ).toBeGreaterThan(0);
    expect(sqlite3('PRAGMA foreign_key_check')).toEqual([]);
  });

  it('answers the questions of the old export too: the largest dollar figures, events involving SMIC', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database(bytes);
    const largest = db.exec(
      `SELECT id, value FROM figures WHERE unit = 'USD' AND value IS NOT NULL ORDER BY value DESC LIMIT 3`,
    )[0]?.values;
    expect(largest?.[0]).toEqual(['figure:china-chip-imports-2020', 350e9]);
    const smic = db
      .exec(
        `SELECT DISTINCT e.id FROM events e JOIN record_references r ON r.record_id = e.id WHERE r.target_id = 'org:smic' AND r.field IN ('participants', 'related', 'location') ORDER BY e.id`,
      )[0]
      ?.values.map(([id]) => id);
    expect(smic).toEqual(
      timeline({ involving: 'org:smic' })
        .map((entry) => entry.id)
        .sort(),
    );
    db.close();
  });

  it('is byte-reproducible: two exports are the same file', async () => {
    const again = (await exportFiles(dataset, 'sqlite')).get('chipwar.sqlite') as Uint8Array;
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
