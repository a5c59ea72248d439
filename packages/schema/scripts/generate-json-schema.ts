// Writes schema.json from the zod schemas; the test in src/json-schema.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/index.ts';

const target = new URL('../schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
