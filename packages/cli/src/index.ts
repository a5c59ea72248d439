/**
 * The `chipwar` command and its exports, as a library: run the command in-process, or turn a dataset
 * into CSV, a Frictionless Data Package, SQLite or JSON-LD.
 *
 * @packageDocumentation
 */
export { encodeCell, tableToCsv } from './exports/csv.ts';
export { dataPackage } from './exports/datapackage.ts';
export { EXPORT_FORMATS, type ExportFormat } from './exports/formats.ts';
export { exportFiles } from './exports/index.ts';
export { CHIPWAR_VOCAB, jsonLd } from './exports/jsonld.ts';
export { sqliteFile } from './exports/sqlite.ts';
export {
  applyMigration,
  type LineChange,
  MIGRATABLE_EXTENSIONS,
  type MigrationPlan,
  MigrationWriteError,
  migrationDiff,
  type PlannedFile,
  planMigration,
  type Refusal,
  type Skipped,
  type WriteProblem,
} from './migrate.ts';
export type { Io } from './output.ts';
export { run } from './program.ts';
export { type Cell, type Column, type ColumnType, columnsOf, datasetTables, type Table } from './tables.ts';
