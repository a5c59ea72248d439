/** The export formats of `chipwar export`. */
export const EXPORT_FORMATS = [
  'sqlite',
  'csv',
  'datapackage',
  'jsonld',
  'json',
  'parquet',
  'turtle',
  'nquads',
] as const;

/** An export format of `chipwar export`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
