// npm run snapshot: keeps the built dataset.json of the version being released as
// releases/<version>.json, the baseline of the next version check.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const built = new URL('../dist/dataset.json', import.meta.url);
const target = new URL(`../releases/${manifest.version}.json`, import.meta.url);
const data = JSON.parse(readFileSync(built, 'utf8')) as { meta: { datasetVersion: string } };
if (data.meta.datasetVersion !== manifest.version) {
  console.error(
    `snapshot: dist/dataset.json is version ${data.meta.datasetVersion}, package.json says ${manifest.version}; build first`,
  );
  process.exit(1);
}
if (existsSync(target))
  console.log(`snapshot: releases/${manifest.version}.json already exists; replacing it`);
copyFileSync(built, target);
console.log(`snapshot: releases/${manifest.version}.json`);
