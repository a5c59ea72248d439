import { chipwarConfig } from '@chipwar/tsup-config';

// Each entry point is one file: the main entry holds the helpers, the zod-free parts of
// @chipwar/schema they use and MiniSearch, so importing @chipwar/query loads that file and the
// dataset, not a chain of chunks and packages (see the cold-start rows of BENCHMARKS.md). Nothing
// depends on the identity of a class across entry points: ArgumentError, UnknownIdError and
// RetiredIdError are recognised by a brand. MiniSearch's license is in LICENSE.
export default chipwarConfig({
  splitting: false,
  noExternal: [/^@chipwar\/schema\/(core|versioning)$/, 'minisearch'],
});
