// npm run changeset:data: writes a changeset for @chipwar/dataset whose bump is the one the diff
// against the newest release requires and whose text is the generated release notes.
import { writeFileSync } from 'node:fs';
import { diffDatasets, formatDiff } from '@chipwar/schema/versioning';
import { buildDataset } from './build.ts';
import { latestRelease } from './versioning.ts';

const release = latestRelease();
if (!release) {
  console.log('changeset:data: no released snapshot yet; write the first changeset by hand (npx changeset)');
  process.exit(0);
}
const diff = diffDatasets(release.dataset, buildDataset());
if (diff.bump === 'none') {
  console.log(`changeset:data: nothing changed since ${release.version}`);
  process.exit(0);
}
const file = new URL(`../../../.changeset/dataset-changes-since-${release.version}.md`, import.meta.url);
writeFileSync(
  file,
  `---\n"@chipwar/dataset": ${diff.bump}\n---\n\nData changes since ${release.version}:\n\n\`\`\`\n${formatDiff(diff).trimEnd()}\n\`\`\`\n`,
);
console.log(`changeset:data: wrote ${file.pathname} (${diff.bump})`);
