// Validates every authored record and the dataset they make, and checks each excerpt against the
// report; prints every problem as `file > path: message [code]` and exits 1 if there is any.

import { formatIssues, validateDataset } from '@chipwar/schema';
import { findSourcePath, loadSource, locate } from '@chipwar/source';
import { assemble } from './assemble.ts';
import { loadData } from './load.ts';

const { records, issues } = loadData();
const dataset = assemble(records.map((entry) => entry.record));
const result = validateDataset(dataset);
const fileOf = new Map(records.map((entry) => [entry.record.id, entry.file]));
const lines: string[] = issues.map((i) => `${i.file} > ${i.at}: ${i.message} [${i.code}]`);
if (!result.ok) {
  for (const i of result.issues)
    lines.push(`${(i.recordId && fileOf.get(i.recordId)) ?? 'dataset'} > ${formatIssues([i])}`);
}
const sourcePath = findSourcePath();
if (sourcePath) {
  const source = loadSource(sourcePath);
  for (const { record, file } of records) {
    record.sources.forEach((citation, index) => {
      const hits = locate(source, citation.excerpt);
      if (hits.length === 0)
        lines.push(`${file} > sources[${index}].excerpt: not found verbatim in the report`);
      else if (
        !hits.some((hit) => hit.section === citation.section && hit.paragraph === citation.paragraph)
      ) {
        const where = hits.map((hit) => `${hit.section} ¶${hit.paragraph}`).join(', ');
        lines.push(
          `${file} > sources[${index}]: cited as ${citation.section} ¶${citation.paragraph}, found at ${where}`,
        );
      }
    });
  }
}
console.log(lines.join('\n'));
console.log(`${records.length} records, ${lines.length} problem(s)`);
process.exit(lines.length ? 1 : 0);
