// Every export format, behind one function. Loaded only by `chipwar export`, so the read commands
// never load an export library; each format loads only its own (sql.js, hyparquet-writer, n3).
import type { Dataset } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import { datasetTables } from '../tables.ts';
import type { ExportFormat } from './formats.ts';

/**
 * The files of an export, by name. Deterministic: the same dataset gives the same bytes.
 *
 * ```ts
 * const files = await exportFiles(dataset, 'csv'); // Map { 'countries.csv' => '…', … }
 * ```
 */
export async function exportFiles(
  dataset: Dataset,
  format: ExportFormat,
  progress?: (message: string) => void,
): Promise<Map<string, string | Uint8Array>> {
  let total = 0;
  for (const kind of KIND_NAMES) total += dataset[KINDS[kind].collection].length;
  const large = total >= 10_000 && progress;
  if (large) progress(`exporting ${total.toLocaleString('en-US')} records as ${format}…`);
  switch (format) {
    case 'json':
      return new Map([['dataset.json', `${JSON.stringify(dataset, null, 2)}\n`]]);
    case 'jsonld':
    case 'turtle':
    case 'nquads': {
      const { rdfFiles } = await import('./rdf/index.ts');
      return rdfFiles(dataset, format);
    }
    case 'csv': {
      const { csvFiles } = await import('./csv.ts');
      return csvFiles(datasetTables(dataset));
    }
    case 'datapackage': {
      const { csvFiles } = await import('./csv.ts');
      const { dataPackage } = await import('./datapackage.ts');
      const tables = datasetTables(dataset);
      const files: Map<string, string | Uint8Array> = csvFiles(tables);
      files.set('datapackage.json', `${JSON.stringify(dataPackage(dataset, tables), null, 2)}\n`);
      return files;
    }
    case 'parquet': {
      const { parquetFiles } = await import('./parquet.ts');
      return parquetFiles(datasetTables(dataset));
    }
    case 'sqlite': {
      const { sqliteFile } = await import('./sqlite.ts');
      const bytes = await sqliteFile(
        datasetTables(dataset),
        large ? (table, done, all) => progress(`  ${table}: ${done}/${all} rows`) : undefined,
      );
      return new Map([['chipwar.sqlite', bytes]]);
    }
  }
}
