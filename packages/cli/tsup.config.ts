import { readFile } from 'node:fs/promises';
import { chipwarConfig } from '@chipwar/tsup-config';
import type { Plugin } from 'esbuild';

// @chipwar/dataset ships its records as JSON text handed to its store (`sharedCollection('figures',
// '[…]')`), the fastest form for a module compiled on every import. The `chipwar` program runs from
// V8's code cache, where an array literal is faster (the cache holds it compiled, and nothing is
// parsed at run time), so the program's copy of the dataset passes the records as literals.
const STORE_CALL = /(\b(?:sharedCollection|frozenData)\((?:\s*"[a-z]+",)?\s*)('(?:[^'\\\r\n]|\\.)*')/g;
const STORE_CALLEE = /\b(?:sharedCollection|frozenData)\(/g;
const datasetAsLiterals: Plugin = {
  name: 'dataset-as-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]dataset[\\/]dist[\\/][a-z]+\.c?js$/ }, async (args) => {
      if (/[\\/]store\.c?js$/.test(args.path)) return undefined;
      const code = await readFile(args.path, 'utf8');
      let literals = 0;
      const contents = code.replace(STORE_CALL, (_call, head: string, literal: string) => {
        // The literal is the build's own output: evaluating it gives the JSON text back exactly.
        const json = new Function(`return ${literal}`)() as string;
        // In a literal, a "__proto__" key would set the prototype instead of a property.
        if (/"__proto__"\s*:/.test(json)) throw new Error(`${args.path}: a record has a "__proto__" key`);
        literals++;
        return `${head}${json}`;
      });
      const calls = code.match(STORE_CALLEE)?.length ?? 0;
      if (literals !== calls) {
        throw new Error(
          `${args.path}: expected every call of the dataset's store to pass JSON text in single quotes; rewrote ${literals} of ${calls}`,
        );
      }
      return { contents, loader: 'js' };
    });
  },
};

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
    esbuildPlugins: [datasetAsLiterals],
    noExternal: [/^@chipwar\/(dataset|query)$/, /^@chipwar\/schema\/(core|versioning)$/, 'minisearch'],
  },
);
