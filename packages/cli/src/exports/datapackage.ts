import type { Dataset } from '@chipwar/schema';
import type { Table } from '../tables.ts';

/**
 * A Frictionless Data Package descriptor (tabular-data-package profile) describing the CSV files:
 * a Table Schema per file with field types, descriptions (units included), primary keys and foreign
 * keys to `records.id`, and the package's license and source.
 */
export function dataPackage(dataset: Dataset, tables: Table[]): Record<string, unknown> {
  const { meta } = dataset;
  return {
    profile: 'tabular-data-package',
    name: 'chipwar',
    title: `chipwar: the facts of “${meta.source.title}”`,
    description: `Every entity, figure, event, quotation and relation of ${meta.source.author}, “${meta.source.title}” (${meta.source.date}), each with a citation of the report.`,
    version: meta.datasetVersion,
    licenses: [
      {
        name: 'other-at',
        title:
          'Facts reported by the source, attributed to it; excerpts are quoted for citation only. Code: MIT.',
      },
    ],
    sources: [
      {
        title:
          `${meta.source.author}, “${meta.source.title}”, ${meta.source.publisher ?? ''} ${meta.source.date}`.replace(
            /\s+/g,
            ' ',
          ),
      },
    ],
    ...(meta.contentHash ? { hash: meta.contentHash } : {}),
    resources: tables.map((table) => {
      const foreignKeys = table.columns
        .filter((column) => column.reference && table.name !== 'records')
        .map((column) => ({ fields: column.name, reference: { resource: 'records', fields: 'id' } }));
      return {
        profile: 'tabular-data-resource',
        name: table.name,
        path: `${table.name}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        description: table.description,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: table.columns.map((column) => ({
            name: column.name,
            type: column.type,
            description: column.description,
            ...(column.required ? { constraints: { required: true } } : {}),
          })),
          ...(table.primaryKey
            ? { primaryKey: table.primaryKey.length === 1 ? table.primaryKey[0] : table.primaryKey }
            : {}),
          ...(foreignKeys.length ? { foreignKeys } : {}),
          missingValues: [''],
        },
      };
    }),
  };
}
