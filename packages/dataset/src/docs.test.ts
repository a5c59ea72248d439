// Every public export has a doc comment: it is what the generated API docs and editors show.
import { testApiDocs } from '@chipwar/vitest-config/api-docs';

await testApiDocs(import.meta.url, ['./index.ts', './collections.ts']);
