import { chipwarConfig } from '@chipwar/tsup-config';

export default chipwarConfig(
  {},
  {
    // esbuild keeps each module that is imported on demand in a function of its own; rollup's
    // tree-shaking would hoist their requires to the top and load everything at start-up.
    treeshake: false,
    // The `chipwar` command is one file with everything its read commands need inlined (the
    // dataset, the query helpers, the schema's zod-free core, MiniSearch), so a lookup
    // resolves no chain of packages and modules. What only some commands need stays outside and
    // loads on demand: the full schema (zod, the EDTF parser) for validate, diff, --dataset and
    // EDTF dates; createQuery for --dataset; the export libraries for export; diff for migrate.
    // The command is two files: ./dist/chipwar.cjs, the program, and ./dist/cli.cjs, the `chipwar`
    // bin that starts it from V8's code cache when it can (src/cli.ts).
    entry: { cli: 'src/cli.ts', chipwar: 'src/chipwar.ts' },
    // import() of what stays outside becomes require(): a script compiled from V8's code cache has
    // no loader for import() on Node 20, and every package it loads on demand ships CommonJS.
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'dynamic-import': false };
    },
    noExternal: [
      /^@chipwar\/(dataset|query)$/,
      /^@chipwar\/dataset\/collections$/,
      /^@chipwar\/schema\/(core|versioning)$/,
      'minisearch',
    ],
  },
);
