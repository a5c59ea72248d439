/**
 * The `chipwar` command and its exports, as a library: run the command in-process, or turn a dataset
 * into CSV, a Frictionless Data Package, SQLite or JSON-LD.
 *
 * @packageDocumentation
 */
export { encodeCell, tableToCsv } from './exports/csv.ts';
export { dataPackage } from './exports/datapackage.ts';
export { CHIPWAR_VOCAB, jsonLd } from './exports/jsonld.ts';
export { sqliteFile } from './exports/sqlite.ts';
export { CliError, EXPORT_FORMATS, exportFiles, run } from './main.ts';
export {
  applyMigration,
  type LineChange,
  MIGRATABLE_EXTENSIONS,
  type MigrationPlan,
  planMigration,
  type Refusal,
} from './migrate.ts';
export type { Io } from './output.ts';
export { type Cell, type Column, type ColumnType, columnsOf, datasetTables, type Table } from './tables.ts';
