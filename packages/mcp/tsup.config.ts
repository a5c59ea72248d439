import { chipwarConfig } from '../../tooling/tsup-config/src/index.ts';

// shims: the CommonJS build gets `import.meta.url`, with which the server finds schema.json.
export default chipwarConfig({ shims: true });
