import manifest from '../package.json' with { type: 'json' };

/** The version of `@chipwar/schema`, which datasets record as `meta.schemaVersion`. */
export const SCHEMA_VERSION: string = manifest.version;
