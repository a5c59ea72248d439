// The floor of a process that reads the data: import node:fs, read dataset.json, JSON.parse it,
// find one record. As an ES module, like the processes it is compared with.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const file = createRequire(import.meta.url).resolve('@chipwar/dataset/dataset.json');
const data = JSON.parse(readFileSync(file, 'utf8'));
if (!data.organizations.some((record) => record.id === 'org:smic')) process.exit(3);
