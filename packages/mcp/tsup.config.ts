import { chipwarConfig } from '@chipwar/tsup-config';

// shims: the CommonJS build gets `import.meta.url`, with which the server finds schema.json.
export default chipwarConfig({ shims: true });
