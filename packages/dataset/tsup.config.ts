import { chipwarConfig } from '@chipwar/tsup-config';
import type { Plugin } from 'esbuild';

// src/generated/index.ts imports the module of each kind; in dist the main entry imports the built
// entry of that kind (./figures.js, ./figures.cjs) instead of a copy of its data, so that
// `dataset.figures` and the `figures` of '@chipwar/dataset/figures' are the same frozen array.
const KIND_MODULE = /^\.\/([a-z]+)\.ts$/;
const kindEntries: Plugin = {
  name: 'kind-entries',
  setup(build) {
    const extension = build.initialOptions.outExtension?.['.js'] === '.cjs' ? 'cjs' : 'js';
    build.onResolve({ filter: KIND_MODULE }, (args) => {
      const kind = KIND_MODULE.exec(args.path)?.[1];
      if (
        !args.importer.endsWith('/src/generated/index.ts') ||
        !kind ||
        ['ids', 'meta', 'retired'].includes(kind)
      )
        return undefined;
      return { path: `./${kind}.${extension}`, external: true };
    });
  },
};

export default chipwarConfig({
  // dist/dataset.json is the generate task's output (scripts/build.ts), so tsup cleans everything else.
  clean: ['!dataset.json'],
  // Each entry is self-contained, and deepFreeze (the only code the data needs from @chipwar/schema)
  // is inlined: importing the dataset costs its own modules, not a chain of chunks and packages
  // (see the cold-start rows of BENCHMARKS.md).
  splitting: false,
  noExternal: [/^@chipwar\/schema/],
  esbuildPlugins: [kindEntries],
});
