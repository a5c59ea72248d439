// Every public export has a doc comment: it is what the generated API docs and editors show.
import { testApiDocs } from '../../../tooling/vitest-config/src/api-docs.ts';

await testApiDocs(import.meta.url, ['./index.ts'], { examples: true });
