import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Cell, Column, Table } from '../tables.ts';

type SchemaElement = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>[number];

const DAY_MS = 86_400_000;

/** The Parquet schema elements of one column: its physical and logical type. */
function elements(column: Column): SchemaElement[] {
  const repetition_type = column.required ? 'REQUIRED' : 'OPTIONAL';
  const name = column.name;
  switch (column.type) {
    case 'integer':
      return [{ name, repetition_type, type: 'INT32' }];
    case 'number':
      return [{ name, repetition_type, type: 'DOUBLE' }];
    case 'boolean':
      return [{ name, repetition_type, type: 'BOOLEAN' }];
    case 'date':
      return [
        { name, repetition_type, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } },
      ];
    case 'array':
      if (column.items === 'string')
        // The three-level LIST of the Parquet spec: an optional list of required strings.
        return [
          { name, repetition_type, converted_type: 'LIST', logical_type: { type: 'LIST' }, num_children: 1 },
          { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
          {
            name: 'element',
            repetition_type: 'REQUIRED',
            type: 'BYTE_ARRAY',
            converted_type: 'UTF8',
            logical_type: { type: 'STRING' },
          },
        ];
      return [
        { name, repetition_type, type: 'BYTE_ARRAY', converted_type: 'JSON', logical_type: { type: 'JSON' } },
      ];
    case 'object':
      return [
        { name, repetition_type, type: 'BYTE_ARRAY', converted_type: 'JSON', logical_type: { type: 'JSON' } },
      ];
    case 'string':
      return [
        {
          name,
          repetition_type,
          type: 'BYTE_ARRAY',
          converted_type: 'UTF8',
          logical_type: { type: 'STRING' },
        },
      ];
  }
}

/** One cell as the writer takes it: dates as `Date`, the rest as they are. */
function value(cell: Cell, column: Column): unknown {
  if (cell === null || cell === undefined) return null;
  switch (column.type) {
    case 'date': {
      const ms = Date.parse(`${cell as string}T00:00:00Z`);
      if (!Number.isFinite(ms) || ms % DAY_MS !== 0)
        throw new Error(`${column.name}: not a day: ${String(cell)}`);
      return new Date(ms);
    }
    case 'integer':
      if (!Number.isInteger(cell) || Math.abs(cell as number) > 2 ** 31 - 1)
        throw new Error(`${column.name}: not a 32-bit integer: ${String(cell)}`);
      return cell;
    default:
      // Lists of strings as lists; JSON columns as values, which the writer serializes itself.
      return cell;
  }
}

/**
 * One table as a Parquet file, written with hyparquet-writer (pure JavaScript, no native build):
 * strings as UTF-8 `STRING`, whole numbers as `INT32`, numbers as `DOUBLE`, flags as `BOOLEAN`,
 * days as `DATE`, lists of ids and names as `LIST<STRING>`, other lists and objects as `JSON`.
 * Required columns are `REQUIRED`. The table's description is in the file's key-value metadata.
 * Deterministic: the same table gives the same bytes.
 */
function parquetFile(table: Table): Uint8Array {
  const schema: SchemaElement[] = [
    { name: 'schema', num_children: table.columns.length },
    ...table.columns.flatMap(elements),
  ];
  const buffer = parquetWriteBuffer({
    columnData: table.columns.map((column, index) => ({
      name: column.name,
      data: table.rows.map((row) => value(row[index] as Cell, column)) as never,
    })),
    schema,
    createdBy: 'chipwar export (hyparquet-writer)',
    kvMetadata: [{ key: 'chipwar.table.description', value: table.description }],
  });
  return new Uint8Array(buffer);
}

/** Every table as a Parquet file: `<table>.parquet` → bytes. */
export function parquetFiles(tables: Table[]): Map<string, Uint8Array> {
  return new Map(tables.map((table) => [`${table.name}.parquet`, parquetFile(table)]));
}
