// npm run coverage:source -- --source <path> [--all]: lists every number and quotation of the
// report and the records that cover it; exits 1 when an item is neither covered nor waived, a
// waiver is stale, or the report cannot be found (unless --allow-missing-source).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadSource } from '@chipwar/source';
import { parse } from 'yaml';
import { buildDataset, DataBuildError } from './build.ts';
import { sourceCoverage, type Waiver } from './coverage.ts';
import { requireSource } from './source-arg.ts';

const { values } = parseArgs({
  options: {
    source: { type: 'string' },
    all: { type: 'boolean' },
    'allow-missing-source': { type: 'boolean' },
  },
});
const path = requireSource('coverage:source', values);
const waiverFile = new URL('../coverage-waivers.yaml', import.meta.url);
const waivers = (parse(readFileSync(waiverFile, 'utf8')) ?? []) as Waiver[];
try {
  const { items, staleWaivers } = sourceCoverage(buildDataset(), loadSource(path), waivers);
  const uncovered = items.filter((item) => item.coveredBy.length === 0 && !item.waived);
  for (const item of values.all ? items : uncovered) {
    const state = item.coveredBy.length
      ? item.coveredBy.join(', ')
      : item.waived
        ? `waived: ${item.waived}`
        : 'UNCOVERED';
    console.log(
      `${item.section} ¶${item.paragraph}  ${item.type}  ${JSON.stringify(item.text.slice(0, 60))}  ${state}`,
    );
  }
  for (const waiver of staleWaivers) {
    console.log(
      `stale waiver: ${waiver.section} ¶${waiver.paragraph} ${JSON.stringify(waiver.text)} matches no uncovered item`,
    );
  }
  const count = (type: string) => items.filter((item) => item.type === type);
  const covered = (list: typeof items) => list.filter((item) => item.coveredBy.length > 0).length;
  const waived = items.filter((item) => item.waived).length;
  console.log(
    `coverage:source: ${count('number').length} numbers (${covered(count('number'))} covered), ${count('quotation').length} quotations (${covered(count('quotation'))} covered), ${waived} waived, ${uncovered.length} uncovered, ${staleWaivers.length} stale waiver(s)`,
  );
  process.exit(uncovered.length || staleWaivers.length ? 1 : 0);
} catch (error) {
  if (!(error instanceof DataBuildError)) throw error;
  console.error(error.message);
  process.exit(1);
}
