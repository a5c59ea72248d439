// Every export is documented, and every value (function, class) with a ```ts example, as the
// README promises.
import { testApiDocs } from '@chipwar/vitest-config/api-docs';

await testApiDocs(import.meta.url, ['./index.ts', './create.ts'], { examples: true });
