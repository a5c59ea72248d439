// Prints where an excerpt stands in the report: `npx tsx tooling/source/src/locate-cli.ts "excerpt"`.
import { findSourcePath, loadSource, locate } from './index.ts';

const excerpt = process.argv[2];
const path = findSourcePath();
if (!excerpt || !path) {
  console.error(
    'usage: locate-cli.ts "<verbatim excerpt>" (the report must be at ../shared/sources/ or CHIPWAR_SOURCE)',
  );
  process.exit(2);
}
const hits = locate(loadSource(path), excerpt);
if (hits.length === 0) {
  console.error(`not found verbatim: ${JSON.stringify(excerpt)}`);
  process.exit(1);
}
for (const hit of hits) {
  console.log(
    `section: ${hit.section}  paragraph: ${hit.paragraph}  (line ${hit.line})${hit.subsection ? `  under "${hit.subsection}"` : ''}`,
  );
}
