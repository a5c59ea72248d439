// npm run changeset:data: writes a changeset for @chipwar/dataset whose bump is the one the diff
// against the newest release requires and whose text is the generated release notes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
const generated = `Data changes since ${release.version}:`;
// A summary written by hand above the generated notes survives a rerun.
const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
const body = previous.replace(/^---\n[\s\S]*?\n---\n\n?/, '');
const summary = body.includes(generated) ? body.slice(0, body.indexOf(generated)) : '';
writeFileSync(
  file,
  `---\n"@chipwar/dataset": ${diff.bump}\n---\n\n${summary}${generated}\n\n\`\`\`\n${formatDiff(diff).trimEnd()}\n\`\`\`\n`,
);
console.log(`changeset:data: wrote ${file.pathname} (${diff.bump})`);
