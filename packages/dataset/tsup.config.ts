import { chipwarConfig } from '@chipwar/tsup-config';

// dist/dataset.json is the generate task's output (scripts/build.ts), so tsup cleans everything else.
export default chipwarConfig({ clean: ['!dataset.json'] });
