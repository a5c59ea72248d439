// npm run verify:provenance -- --source <path>: checks every record of the built dataset against
// the report and lists every failure; exit 1 on any, or when the report is missing under CI.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findSourcePath, loadSource } from '@chipwar/source';
import { buildDataset, DataBuildError } from './build.ts';
import { verifyProvenance } from './provenance.ts';

const { values } = parseArgs({ options: { source: { type: 'string' } } });
const path = findSourcePath(values.source);
if (!path || !existsSync(path)) {
  const message = `verify:provenance: the report was not found (${path ?? '../shared/sources/china-new-microchip-war.md beside the checkout'}); pass --source <path>`;
  if (process.env.CI || values.source) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message}; skipped`);
  process.exit(0);
}
try {
  const dataset = buildDataset();
  const failures = verifyProvenance(dataset, loadSource(path));
  for (const failure of failures) console.error(`${failure.id}: ${failure.message} [${failure.check}]`);
  const records = Object.values(dataset).reduce<number>(
    (sum, value) => sum + (Array.isArray(value) ? value.length : 0),
    0,
  );
  console.log(`verify:provenance: ${records} records checked against ${path}; ${failures.length} failure(s)`);
  process.exit(failures.length ? 1 : 0);
} catch (error) {
  if (!(error instanceof DataBuildError)) throw error;
  console.error(error.message);
  process.exit(1);
}
