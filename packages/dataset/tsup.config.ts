import { chipwarConfig } from '../../tooling/tsup-config/src/index.ts';

// scripts/build.ts has already written dist/dataset.json, which tsup must not clean away.
export default chipwarConfig({ clean: false });
