import initSqlJs from 'sql.js';
import type { Cell, Column, Table } from '../tables.ts';

const SQL_TYPES: Record<Column['type'], string> = {
  string: 'TEXT',
  integer: 'INTEGER',
  number: 'REAL',
  boolean: 'INTEGER',
  array: 'TEXT',
  object: 'TEXT',
};

// The columns people filter and join by get an index.
const INDEXED = new Set([
  'kind',
  'type',
  'metric',
  'unit',
  'qualifier',
  'status',
  'predicate',
  'subject',
  'object',
  'date_start',
  'date_end',
  'period_start',
  'period_end',
  'record_id',
  'target_id',
  'field',
  'speaker_id',
  'country',
]);

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function sqlValue(cell: Cell, column: Column): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (column.type === 'array' || column.type === 'object') return JSON.stringify(cell);
  if (column.type === 'boolean') return cell ? 1 : 0;
  return cell as string | number;
}

/**
 * The tables as a SQLite database file, written with sql.js (SQLite compiled to WebAssembly, so it
 * installs anywhere without a native build). One table per kind with typed columns, `records` as
 * the target of every foreign key, `citations`, `references`, and indexes on the filter columns.
 */
export async function sqliteFile(
  tables: Table[],
  onProgress?: (table: string, done: number, total: number) => void,
): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  try {
    db.run('PRAGMA foreign_keys = ON;');
    const ordered = [...tables].sort((a, b) => (a.name === 'records' ? -1 : b.name === 'records' ? 1 : 0));
    db.run('BEGIN');
    for (const table of ordered) {
      const definitions = table.columns.map((column) => {
        const parts = [quote(column.name), SQL_TYPES[column.type]];
        if (column.required) parts.push('NOT NULL');
        if (column.reference && table.name !== 'records') parts.push('REFERENCES records(id)');
        if (column.type === 'array' || column.type === 'object')
          parts.push(`CHECK (${quote(column.name)} IS NULL OR json_valid(${quote(column.name)}))`);
        return parts.join(' ');
      });
      if (table.primaryKey) definitions.push(`PRIMARY KEY (${table.primaryKey.map(quote).join(', ')})`);
      if (table.name !== 'records' && table.columns[0]?.name === 'id')
        definitions.push('FOREIGN KEY (id) REFERENCES records(id)');
      db.run(
        `CREATE TABLE ${quote(table.name)} (\n  ${definitions.join(',\n  ')}\n) STRICT;`.replace(
          ' STRICT;',
          ';',
        ),
      );
      const insert = db.prepare(
        `INSERT INTO ${quote(table.name)} VALUES (${table.columns.map(() => '?').join(', ')})`,
      );
      table.rows.forEach((row, index) => {
        insert.run(row.map((cell, column) => sqlValue(cell, table.columns[column] as Column)));
        if (onProgress && (index + 1) % 10_000 === 0) onProgress(table.name, index + 1, table.rows.length);
      });
      insert.free();
      for (const column of table.columns) {
        if (INDEXED.has(column.name) || (column.reference && table.name !== 'records')) {
          db.run(
            `CREATE INDEX ${quote(`${table.name}_${column.name}`)} ON ${quote(table.name)} (${quote(column.name)});`,
          );
        }
      }
    }
    db.run('COMMIT');
    const violations = db.exec('PRAGMA foreign_key_check;');
    if (violations.length > 0)
      throw new Error(`the export has ${violations[0]?.values.length} foreign key violation(s)`);
    return db.export();
  } finally {
    db.close();
  }
}
