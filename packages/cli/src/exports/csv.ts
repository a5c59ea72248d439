import { stringify } from 'csv-stringify/sync';
import type { Cell, Table } from '../tables.ts';

/** Encodes one cell: empty for null, `true`/`false`, numbers as written, lists and objects as JSON. */
export function encodeCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return JSON.stringify(cell);
  return String(cell);
}

/**
 * A table as RFC 4180 CSV (csv-stringify): a header row, CRLF line ends, fields quoted when needed.
 * Array and object columns hold JSON; an empty cell means no value.
 */
export function tableToCsv(table: Table): string {
  return stringify(
    [table.columns.map((column) => column.name), ...table.rows.map((row) => row.map(encodeCell))],
    {
      record_delimiter: 'windows',
    },
  );
}

/** Every table as a CSV file: `<table>.csv` → contents. */
export function csvFiles(tables: Table[]): Map<string, string> {
  return new Map(tables.map((table) => [`${table.name}.csv`, tableToCsv(table)]));
}
