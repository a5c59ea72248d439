// Prints what the build produced: each published package's entry points and sizes, and, once the
// dataset is built, its records per kind after validating it again with @chipwar/schema.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssues, validateDataset } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';

const root = new URL('../../../', import.meta.url).pathname;
const packagesDir = join(root, 'packages');
let failed = false;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

console.log('chipwar: build summary\n');
for (const name of readdirSync(packagesDir).sort()) {
  const dir = join(packagesDir, name);
  const manifestPath = join(dir, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    name: string;
    version: string;
    private?: boolean;
  };
  const dist = join(dir, 'dist');
  const files = existsSync(dist) ? readdirSync(dist, { recursive: true, encoding: 'utf8' }) : [];
  const bytes = files.reduce((sum, file) => {
    const stat = statSync(join(dist, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
  const state = files.length ? `${files.length} files in dist/, ${kib(bytes)}` : 'not built';
  console.log(`  ${manifest.name}@${manifest.version}  ${state}`);
}

const datasetPath = join(packagesDir, 'dataset', 'dist', 'dataset.json');
if (existsSync(datasetPath)) {
  const result = validateDataset(JSON.parse(readFileSync(datasetPath, 'utf8')));
  if (!result.ok) {
    failed = true;
    console.error(`\npackages/dataset/dist/dataset.json is INVALID:\n${formatIssues(result.issues)}`);
  } else {
    const { meta } = result.data;
    const records = KIND_NAMES.reduce((sum, kind) => sum + result.data[KINDS[kind].collection].length, 0);
    console.log(
      `\n  packages/dataset/dist/dataset.json: ${records} records, valid (dataset ${meta.datasetVersion}, schema ${meta.schemaVersion})\n`,
    );
  }
} else {
  console.log('\n  (no dataset built yet: packages/dataset/dist/dataset.json is absent)');
}
process.exit(failed ? 1 : 0);
