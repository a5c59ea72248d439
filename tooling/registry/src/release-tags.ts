// npm run release:tags [-- --dry-run]: creates the git tags `changeset tag` would have created,
// `@chipwar/<name>@<version>`, for every released version (see tagReleases). Idempotent: prints
// what it tagged and what was already there; exits 1 when a release cannot be tagged.
import { parseArgs } from 'node:util';
import { tagReleases } from './tags.ts';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const report = tagReleases({ dryRun: values['dry-run'] });
for (const line of report.lines) console.log(line);
for (const problem of report.problems) console.error(`release:tags: ${problem}`);
const verb = values['dry-run'] ? 'would tag' : 'tagged';
console.log(`\n${report.created.length} ${verb}, ${report.present.length} already present`);
if (report.created.length && !values['dry-run'])
  console.log('Push them with: git push origin --follow-tags (or git push origin --tags)');
process.exit(report.problems.length ? 1 : 0);
