import { chipwarConfig } from '@chipwar/tsup-config';

// The zod-free parts of @chipwar/schema the helpers use are inlined: importing @chipwar/query then
// loads its own two modules, the dataset and MiniSearch, instead of a chain of packages and chunks
// (see the cold-start rows of BENCHMARKS.md). Nothing depends on their identity across packages
// (ArgumentError is recognised by a brand, not by its class object).
export default chipwarConfig({ noExternal: [/^@chipwar\/schema\/(core|versioning)$/] });
