import { chipwarConfig } from '@chipwar/tsup-config';

// Each entry point is one file with the zod-free parts of @chipwar/schema it uses built in, so
// importing @chipwar/query loads that file, MiniSearch and the dataset, not a chain of chunks and
// packages (see the cold-start rows of BENCHMARKS.md). Nothing depends on the identity of a class
// across entry points: ArgumentError, UnknownIdError and RetiredIdError are recognised by a brand.
// MiniSearch stays a package of its own: built in, its classes would stay in every bundle of the
// main entry, even one that uses formatFigure alone (tooling/consumers/budgets.json).
export default chipwarConfig({
  splitting: false,
  noExternal: [/^@chipwar\/schema\/(core|versioning)$/],
});
