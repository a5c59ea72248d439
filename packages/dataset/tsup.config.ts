import { chipwarConfig } from '@chipwar/tsup-config';

// dist/dataset.json is the generate task's output (scripts/build.ts), so tsup cleans everything else.
export default chipwarConfig({
  clean: ['!dataset.json'],
  // Each entry is one self-contained file, and deepFreeze (the only code the data needs from
  // @chipwar/schema) is inlined: importing the dataset then costs one module, not a chain of
  // chunks and packages (see the cold-start rows of BENCHMARKS.md).
  splitting: false,
  noExternal: [/^@chipwar\/schema/],
});
