import initSqlJs from 'sql.js';
import type { Cell, Column, Table } from '../tables.ts';

const SQL_TYPES: Record<Column['type'], string> = {
  string: 'TEXT',
  integer: 'INTEGER',
  number: 'REAL',
  boolean: 'INTEGER',
  date: 'TEXT',
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
  'date_start_earliest',
  'date_end_latest',
  'period_start_earliest',
  'period_end_latest',
  'record_id',
  'target_id',
  'field',
  'speaker_id',
  'country',
  'alias',
  'tag',
]);

/**
 * The views: the joins people write first. Each is plain SQL over the tables, so a client that
 * cannot read views can run the same query.
 */
export const SQLITE_VIEWS: Readonly<Record<string, { description: string; sql: string }>> = {
  figure_subjects: {
    description: 'Every figure with each of its subjects and the subject’s name, one row per pair.',
    sql: `SELECT f.id AS figure_id, f.label, f.metric, f.value, f.range_min, f.range_max, f.unit, f.scale,
       f.qualifier, f.asWritten AS as_written, f.period, f.period_start_earliest, f.period_end_latest,
       r.target_id AS subject_id, s.kind AS subject_kind, s.name AS subject_name
  FROM figures f
  JOIN record_references r ON r.record_id = f.id AND r.field = 'subjects'
  JOIN records s ON s.id = r.target_id`,
  },
  event_participants: {
    description: 'Every event with each participant and the participant’s name, one row per pair.',
    sql: `SELECT e.id AS event_id, e.label, e.type, e.status, e.date, e.date_start_earliest, e.date_start_latest,
       e.date_end_earliest, e.date_end_latest, e.date_approximate, e.date_uncertain,
       r.target_id AS participant_id, p.kind AS participant_kind, p.name AS participant_name
  FROM events e
  JOIN record_references r ON r.record_id = e.id AND r.field = 'participants'
  JOIN records p ON p.id = r.target_id`,
  },
  relations_named: {
    description: 'Every relation with the names of both ends.',
    sql: `SELECT r.id AS relation_id, r.subject AS subject_id, s.name AS subject_name, r.predicate,
       r.object AS object_id, o.name AS object_name, r.label, r.period, r.period_start_earliest,
       r.period_end_latest
  FROM relations r
  JOIN records s ON s.id = r.subject
  JOIN records o ON o.id = r.object`,
  },
  citations_sections: {
    description: 'Every citation with the name of the record, the document and the section title.',
    sql: `SELECT c.record_id, r.kind AS record_kind, r.name AS record_name, c.position, c.document,
       d.name AS document_name, c.section, s.title AS section_title, c.paragraph, c.excerpt
  FROM citations c
  JOIN records r ON r.id = c.record_id
  JOIN records d ON d.id = c.document
  JOIN sections s ON s.document = c.document AND s.section = c.section`,
  },
};

/** The full-text table (FTS4): its name and what it holds. */
export const SQLITE_FULL_TEXT = {
  table: 'text_search',
  description:
    'Full text (FTS4) over names, aliases, labels, descriptions, quotations and excerpts: one row per text, with the record and the field it is from.',
} as const;

/** The statements that create and fill the full-text table from the other tables. */
function fullTextStatements(tables: Table[]): string[] {
  const described = tables
    .filter(
      (table) =>
        table.columns.some((column) => column.name === 'description') && table.columns[0]?.name === 'id',
    )
    .map((table) => `SELECT id, description FROM ${table.name}`);
  return [
    `CREATE VIRTUAL TABLE ${SQLITE_FULL_TEXT.table} USING fts4(record_id, field, text, notindexed=record_id, notindexed=field, tokenize=unicode61 "remove_diacritics=2");`,
    `INSERT INTO ${SQLITE_FULL_TEXT.table} (record_id, field, text)
  SELECT id, 'name', name FROM records WHERE name IS NOT NULL
  UNION ALL SELECT record_id, 'alias', alias FROM aliases
  UNION ALL SELECT id, 'description', description FROM (${described.join(' UNION ALL ')}) WHERE description IS NOT NULL
  UNION ALL SELECT id, 'text', text FROM quotes
  UNION ALL SELECT record_id, 'excerpt', excerpt FROM citations;`,
  ];
}

function sqlValue(cell: Cell, column: Column): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (column.type === 'array' || column.type === 'object') return JSON.stringify(cell);
  if (column.type === 'boolean') return cell ? 1 : 0;
  return cell as string | number;
}

/**
 * The tables as a SQLite database file, written with sql.js (SQLite compiled to WebAssembly, so it
 * installs anywhere without a native build). One table per kind with typed columns and every date
 * as EDTF with its bounds, `records` as the target of every foreign key, `citations`, `sections`,
 * `record_references`, `aliases`, `tags`, `affiliations` and `meta`; the views of
 * {@link SQLITE_VIEWS}; the full-text table `text_search` (FTS4: sql.js is built without FTS5); and
 * indexes on the filter columns. No name is an SQL keyword, so none needs quotes. The same tables
 * give the same bytes: nothing in the file depends on when it was written.
 */
export async function sqliteFile(
  tables: Table[],
  onProgress?: (table: string, done: number, total: number) => void,
): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  try {
    db.run('PRAGMA foreign_keys = ON;');
    // Referenced tables first, so that every foreign key points to a table that exists.
    const first = ['records', 'sections'];
    const ordered = [...tables].sort(
      (a, b) =>
        (first.includes(a.name) ? first.indexOf(a.name) : first.length) -
        (first.includes(b.name) ? first.indexOf(b.name) : first.length),
    );
    db.run('BEGIN');
    for (const table of ordered) {
      const definitions = table.columns.map((column) => {
        const parts = [column.name, SQL_TYPES[column.type]];
        if (column.required) parts.push('NOT NULL');
        if (column.reference && table.name !== 'records') parts.push('REFERENCES records(id)');
        if (column.type === 'array' || column.type === 'object')
          parts.push(`CHECK (${column.name} IS NULL OR json_valid(${column.name}))`);
        if (column.type === 'boolean') parts.push(`CHECK (${column.name} IN (0, 1))`);
        if (column.type === 'date')
          parts.push(`CHECK (${column.name} IS NULL OR date(${column.name}) = ${column.name})`);
        return parts.join(' ');
      });
      if (table.primaryKey) definitions.push(`PRIMARY KEY (${table.primaryKey.join(', ')})`);
      if (table.name !== 'records' && table.columns[0]?.name === 'id')
        definitions.push('FOREIGN KEY (id) REFERENCES records(id)');
      for (const key of table.foreignKeys ?? [])
        definitions.push(
          `FOREIGN KEY (${key.columns.join(', ')}) REFERENCES ${key.table}(${key.references.join(', ')})`,
        );
      db.run(`CREATE TABLE ${table.name} (\n  ${definitions.join(',\n  ')}\n);`);
      const insert = db.prepare(
        `INSERT INTO ${table.name} VALUES (${table.columns.map(() => '?').join(', ')})`,
      );
      table.rows.forEach((row, index) => {
        insert.run(row.map((cell, column) => sqlValue(cell, table.columns[column] as Column)));
        if (onProgress && (index + 1) % 10_000 === 0) onProgress(table.name, index + 1, table.rows.length);
      });
      insert.free();
      for (const column of table.columns) {
        if (INDEXED.has(column.name) || (column.reference && table.name !== 'records')) {
          db.run(`CREATE INDEX ${table.name}_${column.name} ON ${table.name} (${column.name});`);
        }
      }
    }
    for (const [name, view] of Object.entries(SQLITE_VIEWS)) db.run(`CREATE VIEW ${name} AS\n${view.sql};`);
    for (const statement of fullTextStatements(tables)) db.run(statement);
    db.run('COMMIT');
    const violations = db.exec('PRAGMA foreign_key_check;');
    if (violations.length > 0)
      throw new Error(`the export has ${violations[0]?.values.length} foreign key violation(s)`);
    return db.export();
  } finally {
    db.close();
  }
}
