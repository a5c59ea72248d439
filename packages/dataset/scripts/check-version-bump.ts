// npm run check:version-bump: diffs the current build against the newest released snapshot and
// fails when the pending changesets (or the version already applied) declare a smaller bump for
// @chipwar/dataset than the changes require, saying which changes require which bump.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import readChangesets from '@changesets/read';
import { type Dataset, formatIssues, validateDataset } from '@chipwar/schema';
import {
  bumpBetween,
  declaredBump,
  diffDatasets,
  formatDiff,
  isEnough,
  maxBump,
} from '@chipwar/schema/versioning';
import { buildDataset, DataBuildError } from './build.ts';
import { latestRelease } from './versioning.ts';

// --current <dataset.json> compares a given dataset instead of the build; --changesets <dir> reads
// <dir>/.changeset instead of the repository's (both for tests of the whole release flow).
const { values } = parseArgs({ options: { current: { type: 'string' }, changesets: { type: 'string' } } });
const repoRoot = values.changesets ?? new URL('../../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

function readCurrent(file: string): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) throw new DataBuildError([`${file} is not a valid dataset`, formatIssues(result.issues)]);
  return result.data;
}

try {
  const release = latestRelease();
  if (!release) {
    console.log(
      'check:version-bump: no released snapshot yet (releases/ is empty): the first release declares its own version',
    );
    process.exit(0);
  }
  const current = values.current ? readCurrent(values.current) : buildDataset();
  const diff = diffDatasets(release.dataset, current);
  const pending = declaredBump(await readChangesets(repoRoot), manifest.name);
  const applied = bumpBetween(release.version, manifest.version);
  const declared = maxBump(pending, applied);
  console.log(formatDiff(diff));
  if (!isEnough(declared, diff.bump)) {
    console.error(
      `check:version-bump: the changes since ${release.version} require a ${diff.bump} release of ${manifest.name}, but the pending changesets declare ${declared}. Add a changeset with \`npm run changeset:data -w @chipwar/dataset\` (it writes the required bump and these notes).`,
    );
    process.exit(1);
  }
  console.log(`check:version-bump: ${declared} declared, ${diff.bump} required since ${release.version}: ok`);
} catch (error) {
  if (!(error instanceof DataBuildError)) throw error;
  console.error(error.message);
  process.exit(1);
}
