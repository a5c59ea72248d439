/**
 * The `chipwar` command and its exports, as a library: run the command in-process, or turn a dataset
 * into CSV, a Frictionless Data Package, SQLite, Parquet or RDF (JSON-LD, Turtle, N-Quads).
 *
 * @packageDocumentation
 */
export { encodeCell, tableToCsv } from './exports/csv.ts';
export { dataPackage } from './exports/datapackage.ts';
export { EXPORT_FORMATS, type ExportFormat } from './exports/formats.ts';
export { exportFiles } from './exports/index.ts';
export { jsonLd, type RdfFormat, rdfFiles } from './exports/rdf/index.ts';
export { CHIPWAR_VOCAB } from './exports/rdf/terms.ts';
export { SQLITE_FULL_TEXT, SQLITE_VIEWS, sqliteFile } from './exports/sqlite.ts';
export {
  applyMigration,
  type LineChange,
  MIGRATABLE_EXTENSIONS,
  type MigrationPlan,
  planMigration,
  type Refusal,
} from './migrate.ts';
export type { Io } from './output.ts';
export { run } from './program.ts';
export {
  type Cell,
  type Column,
  type ColumnOrigin,
  type ColumnType,
  columnsOf,
  DATA_LICENSE,
  type DateBounds,
  datasetTables,
  dateBounds,
  type ForeignKey,
  type Table,
} from './tables.ts';
