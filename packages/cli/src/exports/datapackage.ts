import type { Dataset } from '@chipwar/schema';
import { DATA_LICENSE, type Table } from '../tables.ts';

/** A Table Schema field. */
interface Field {
  name: string;
  type: string;
  format?: string;
  description: string;
  constraints?: { required?: boolean; enum?: readonly string[] };
}

/** A Table Schema foreign key. */
interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

const one = (names: string[]): string | string[] => (names.length === 1 ? (names[0] as string) : names);

/**
 * A Frictionless Data Package descriptor (tabular-data-package profile) describing the CSV files:
 * a Table Schema per file with typed fields (dates as `date`, whole numbers as `integer`, lists as
 * `array`), each field's description from the schema's own field docs, enum constraints from the
 * vocabularies, primary keys, a foreign key for every reference (to `records.id`, and citations to
 * `sections`), and the package's license and source.
 */
export function dataPackage(dataset: Dataset, tables: Table[]): Record<string, unknown> {
  const { meta } = dataset;
  return {
    profile: 'tabular-data-package',
    name: 'chipwar',
    title: `chipwar: the facts of “${meta.source.title}”`,
    description: `Every entity, figure, event, quotation and relation of ${meta.source.author}, “${meta.source.title}” (${meta.source.date}), each with a citation of the report.`,
    version: meta.datasetVersion,
    licenses: [{ name: 'other-at', title: DATA_LICENSE }],
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
      const foreignKeys: ForeignKey[] = [
        ...table.columns
          .filter((column) => column.reference && table.name !== 'records')
          .map((column) => ({ fields: column.name, reference: { resource: 'records', fields: 'id' } })),
        ...(table.foreignKeys ?? []).map((key) => ({
          fields: one(key.columns),
          reference: { resource: key.table, fields: one(key.references) },
        })),
      ];
      return {
        profile: 'tabular-data-resource',
        name: table.name.replaceAll('_', '-'),
        path: `${table.name}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        description: table.description,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: table.columns.map((column): Field => {
            const constraints = {
              ...(column.required ? { required: true } : {}),
              ...(column.values ? { enum: column.values } : {}),
            };
            return {
              name: column.name,
              type: column.type,
              ...(column.type === 'date' ? { format: 'default' } : {}),
              description: column.description,
              ...(Object.keys(constraints).length ? { constraints } : {}),
            };
          }),
          ...(table.primaryKey ? { primaryKey: one(table.primaryKey) } : {}),
          ...(foreignKeys.length
            ? {
                foreignKeys: foreignKeys.map((key) => ({
                  ...key,
                  reference: { ...key.reference, resource: key.reference.resource.replaceAll('_', '-') },
                })),
              }
            : {}),
          missingValues: [''],
        },
      };
    }),
  };
}
