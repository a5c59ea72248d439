// npm run outline -- --source <path>: writes the report's outline (every section with its heading,
// its paragraph count and its subsections, as citations count them) into the report's document
// record, from the report itself. check:data fails when the record's outline and the report's
// disagree, so the outline in the data is never typed by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSource } from '@chipwar/source';
import { parse, stringify } from 'yaml';
import { canonicalize } from './canonical.ts';
import { DATA_DIR } from './load.ts';
import { requireSource } from './source-arg.ts';

/** The data file of the report's own document record. */
export const REPORT_FILE = join(DATA_DIR, 'documents', 'china-new-microchip-war.yaml');

if (process.argv[1]?.endsWith('outline.ts')) {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, 'allow-missing-source': { type: 'boolean' } },
  });
  const { outline } = loadSource(requireSource('outline', values));
  const record = parse(readFileSync(REPORT_FILE, 'utf8')) as Record<string, unknown>;
  record.sections = outline;
  writeFileSync(REPORT_FILE, stringify(canonicalize(record), { lineWidth: 0, indentSeq: true }));
  console.log(`outline: ${outline.length} sections written to ${REPORT_FILE}`);
}
