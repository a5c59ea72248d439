// Rewrites the counts table of README.md from the authored data.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDataset } from './build.ts';
import { withCounts } from './counts.ts';

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withCounts(readFileSync(readme, 'utf8'), buildDataset()));
console.log('README.md: counts table updated');
