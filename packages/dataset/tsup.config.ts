import { chipwarConfig, entriesFromExports } from '@chipwar/tsup-config';
import type { Plugin } from 'esbuild';

// Every entry (the main one and one per kind) is one self-contained file with its kinds' data in
// it, except for src/store.ts: that module is built as dist/store.js (and .cjs) and every entry
// imports it, so that the entries share one frozen array per kind (see src/store.ts).
const STORE_MODULE = /^\.\.?\/store\.ts$/;
const sharedStore: Plugin = {
  name: 'shared-store',
  setup(build) {
    const extension = build.initialOptions.outExtension?.['.js'] === '.cjs' ? 'cjs' : 'js';
    build.onResolve({ filter: STORE_MODULE }, () => ({ path: `./store.${extension}`, external: true }));
  },
};

export default chipwarConfig({
  entry: { ...entriesFromExports(process.cwd()), store: 'src/store.ts' },
  // dist/dataset.json is the generate task's output (scripts/build.ts), so tsup cleans everything else.
  clean: ['!dataset.json'],
  // Importing the dataset costs its own two modules, not a chain of chunks and packages; the little
  // of @chipwar/schema's core that /collections needs (ArgumentError) is built in.
  splitting: false,
  noExternal: [/^@chipwar\/schema/],
  esbuildPlugins: [sharedStore],
});
