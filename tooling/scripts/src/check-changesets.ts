// `npm run check:changesets`: every published package whose API report (api/*.api.md) differs
// from its report at the last release must have a pending changeset naming it; a package at 1.0.0
// or later from whose report a line disappeared (a removed or changed export) needs a major one.
// The last release of a package is the tag `<name>@<version>` if it exists, else the commit of the
// newest release snapshot, packages/dataset/releases/<version>.json (releaseCommit, in
// tooling/registry: its tag, else the commit that added the snapshot).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import readChangesets from '@changesets/read';
import {
  RELEASE_PACKAGE,
  RELEASES_DIR,
  releaseCommit,
  releasedVersions,
  tagCommit,
  tagName,
} from '@chipwar/registry/releases';
import semver from 'semver';

/** A published package of the workspace. */
interface PublishedPackage {
  name: string;
  version: string;
  /** Its folder, relative to the repository root. */
  dir: string;
}

/** What the check found: problems fail it, notes say what it compared. */
interface ChangesetCheck {
  problems: string[];
  notes: string[];
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Every package of the root `workspaces` (`folder/*` patterns) that is not private. */
function publishedPackages(root: string): PublishedPackage[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces?: string[] };
  const packages: PublishedPackage[] = [];
  for (const pattern of manifest.workspaces ?? []) {
    const parent = pattern.replace(/\/\*$/, '');
    if (!existsSync(join(root, parent))) continue;
    for (const name of readdirSync(join(root, parent)).sort()) {
      const file = join(root, parent, name, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
        name: string;
        version: string;
        private?: boolean;
      };
      if (!pkg.private) packages.push({ name: pkg.name, version: pkg.version, dir: `${parent}/${name}` });
    }
  }
  return packages;
}

/** The commit of the newest release (`releaseCommit`: its tag, else the commit adding its snapshot). */
function lastRelease(root: string): { commit: string; label: string } | undefined {
  const newest = releasedVersions(root).at(-1);
  const found = newest ? releaseCommit(newest, root) : undefined;
  if (!newest || !found) return undefined;
  const label =
    found.via === 'tag'
      ? `the tag ${tagName(RELEASE_PACKAGE, newest)}`
      : `the release commit ${found.commit.slice(0, 10)} (added ${RELEASES_DIR}/${newest}.json)`;
  return { commit: found.commit, label };
}

/** The last release of a package: its version's tag if present, else the release commit. */
function baselineOf(root: string, pkg: PublishedPackage, release: ReturnType<typeof lastRelease>) {
  const tag = tagName(pkg.name, pkg.version);
  const tagged = tagCommit(tag, root);
  if (tagged) return { commit: tagged, label: `the tag ${tag}` };
  return release;
}

/** Report file → text, in the working tree. */
function currentReports(root: string, pkg: PublishedPackage): Map<string, string> {
  const dir = join(root, pkg.dir, 'api');
  const reports = new Map<string, string>();
  if (!existsSync(dir)) return reports;
  for (const file of readdirSync(dir).sort())
    if (file.endsWith('.api.md'))
      reports.set(`${pkg.dir}/api/${file}`, readFileSync(join(dir, file), 'utf8'));
  return reports;
}

/** Report file → text, at a commit. */
function reportsAt(root: string, pkg: PublishedPackage, commit: string): Map<string, string> {
  const reports = new Map<string, string>();
  const listing = git(root, ['ls-tree', '--name-only', `${commit}:${pkg.dir}/api`]) ?? '';
  for (const file of listing.split('\n').filter((name) => name.endsWith('.api.md'))) {
    const path = `${pkg.dir}/api/${file}`;
    const text = git(root, ['show', `${commit}:${path}`]);
    if (text !== undefined) reports.set(path, text);
  }
  return reports;
}

/**
 * Lines of `before` (trimmed, not blank) that `after` does not have: the API a report lost. Two
 * kinds of line are not API and never count: api-extractor's own comments (`// Warning: …`,
 * `// @public`), and a declaration the entry point did not export before and exports now
 * (`interface Place {` that became `export interface Place {`, an addition).
 */
function disappearedLines(before: string, after: string): string[] {
  const kept = new Set<string>();
  for (const line of after.split('\n').map((text) => text.trim())) {
    kept.add(line);
    if (line.startsWith('export ')) kept.add(line.slice('export '.length));
  }
  return [
    ...new Set(
      before
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('//') && !kept.has(line)),
    ),
  ];
}

/** Runs the check on the repository at `root`; reads its pending changesets from `root/.changeset`. */
export async function checkChangesets(root: string): Promise<ChangesetCheck> {
  const problems: string[] = [];
  const notes: string[] = [];
  const changesets = await readChangesets(root);
  const release = lastRelease(root);
  for (const pkg of publishedPackages(root)) {
    const baseline = baselineOf(root, pkg, release);
    const before = baseline ? reportsAt(root, pkg, baseline.commit) : new Map<string, string>();
    const after = currentReports(root, pkg);
    const since = baseline?.label ?? 'the first release (no release snapshot and no tag found)';
    const changed = [...new Set([...before.keys(), ...after.keys()])]
      .sort()
      .filter((file) => before.get(file) !== after.get(file));
    if (changed.length === 0) {
      notes.push(`${pkg.name}: API reports unchanged since ${since}`);
      continue;
    }
    const declared = changesets.flatMap((changeset) =>
      changeset.releases
        .filter((entry) => entry.name === pkg.name && entry.type !== 'none')
        .map((entry) => entry.type),
    );
    const describe = changed
      .map(
        (file) =>
          `${file.replace(`${pkg.dir}/`, '')}${before.has(file) ? '' : ' (new)'}${after.has(file) ? '' : ' (removed)'}`,
      )
      .join(', ');
    if (declared.length === 0) {
      problems.push(
        `${pkg.name}: its API report changed since ${since} (${describe}), but no pending changeset names ${pkg.name}; run \`npx changeset\` and describe the change`,
      );
      continue;
    }
    const removed = changed.flatMap((file) =>
      disappearedLines(before.get(file) ?? '', after.get(file) ?? ''),
    );
    if (removed.length > 0 && semver.gte(pkg.version, '1.0.0') && !declared.includes('major')) {
      const shown = removed.slice(0, 10).map((line) => `    - ${line}`);
      if (removed.length > shown.length) shown.push(`    … and ${removed.length - shown.length} more`);
      problems.push(
        `${pkg.name}@${pkg.version}: ${removed.length} line(s) disappeared from its API report since ${since} (${describe}): a removed or changed export, which requires a major changeset for a package at 1.0.0 or later; the pending changesets declare ${[...new Set(declared)].join(', ')}:\n${shown.join('\n')}`,
      );
      continue;
    }
    notes.push(
      `${pkg.name}: API report changed since ${since} (${describe}); pending changesets declare ${[...new Set(declared)].join(', ')}`,
    );
  }
  return { problems, notes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const { problems, notes } = await checkChangesets(root);
  for (const note of notes) console.log(note);
  if (problems.length > 0) {
    console.error(`\ncheck:changesets: ${problems.length} problem(s)\n\n${problems.join('\n\n')}`);
    process.exit(1);
  }
  console.log('check:changesets: every changed API report has a changeset that declares enough');
}
