import { chipwarConfig } from '../../tooling/tsup-config/src/index.ts';

export default chipwarConfig({
  // scripts/build.ts has already written dist/dataset.json, which tsup must not clean away.
  clean: false,
  // Each entry is one self-contained file, and deepFreeze (the only code the data needs from
  // @chipwar/schema) is inlined: importing the dataset then costs one module, not a chain of
  // chunks and packages (see the cold-start rows of BENCHMARKS.md).
  splitting: false,
  noExternal: [/^@chipwar\/schema/],
});
