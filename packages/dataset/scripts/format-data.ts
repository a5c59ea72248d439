// npm run format:data [-- --check]: rewrites every data file in canonical form (key order as in
// dataset.json, two-space YAML, no line folding), so a data change is a small readable diff.
// --check lists the files that are not, and exits 1.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { canonicalize } from './canonical.ts';
import { DATA_DIR } from './load.ts';

/** The canonical text of a data file's content. */
export function formatRecordYaml(text: string): string {
  return stringify(canonicalize(parse(text)), { lineWidth: 0, indentSeq: true });
}

/** Every data file whose text is not canonical, relative to data/. */
export function unformattedFiles(dataDir = DATA_DIR): string[] {
  const stale: string[] = [];
  for (const folder of readdirSync(dataDir).sort()) {
    for (const name of readdirSync(join(dataDir, folder)).sort()) {
      const text = readFileSync(join(dataDir, folder, name), 'utf8');
      if (formatRecordYaml(text) !== text) stale.push(`${folder}/${name}`);
    }
  }
  return stale;
}

if (process.argv[1]?.endsWith('format-data.ts')) {
  const stale = unformattedFiles();
  if (process.argv.includes('--check')) {
    for (const file of stale) console.error(`not in canonical form: data/${file}`);
    console.log(
      `${stale.length} data file(s) to format${stale.length ? ': run npm run format:data -w @chipwar/dataset' : ''}`,
    );
    process.exit(stale.length ? 1 : 0);
  }
  for (const file of stale) {
    const path = join(DATA_DIR, file);
    writeFileSync(path, formatRecordYaml(readFileSync(path, 'utf8')));
  }
  console.log(`formatted ${stale.length} data file(s)`);
}
