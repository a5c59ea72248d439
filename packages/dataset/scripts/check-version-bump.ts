// npm run check:version-bump: diffs the current build against the newest released snapshot and
// fails when the pending changesets (or the version already applied) declare a smaller bump for
// @chipwar/dataset than the changes require, saying which changes require which bump.
import { readFileSync } from 'node:fs';
import readChangesets from '@changesets/read';
import { BUMPS, type Bump, diffDatasets, formatDiff } from '@chipwar/schema';
import { buildDataset, DataBuildError } from './build.ts';
import { bumpBetween, declaredBump, isEnough, latestRelease } from './versioning.ts';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

try {
  const release = latestRelease();
  if (!release) {
    console.log(
      'check:version-bump: no released snapshot yet (releases/ is empty): the first release declares its own version',
    );
    process.exit(0);
  }
  const diff = diffDatasets(release.dataset, buildDataset());
  const pending = declaredBump(await readChangesets(repoRoot), manifest.name);
  const applied = bumpBetween(release.version, manifest.version);
  const declared: Bump = BUMPS.indexOf(pending) > BUMPS.indexOf(applied) ? pending : applied;
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
