// The one home for "which versions were released, and at which commit". A release of the data is
// marked by its snapshot, packages/dataset/releases/<version>.json; its commit is found by the tag
// `@chipwar/dataset@<version>` when the clone has it (tags may not travel with a clone), else as
// the commit that added the snapshot. Everything that needs a release's commit calls releaseCommit.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions, parseVersion } from '@chipwar/schema/versioning';

/** The repository root this package lives in. */
export const ROOT: string = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');

/** Where released snapshots live, relative to the repository root. */
export const RELEASES_DIR = 'packages/dataset/releases';

/** The package whose snapshot marks a release. */
export const RELEASE_PACKAGE = '@chipwar/dataset';

/** A published (not private) package of `packages/`, as one commit or the working tree has it. */
export interface PublishedPackage {
  name: string;
  version: string;
  /** Its folder, relative to the repository root (`packages/dataset`). */
  dir: string;
}

/** Runs git in `cwd` and returns its trimmed output; throws with git's message on failure. */
export function git(args: string[], cwd: string = ROOT): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const stderr = `${(error as { stderr?: string }).stderr ?? ''}`.trim();
    throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${stderr || (error as Error).message}`, {
      cause: error,
    });
  }
}

/** The tag `changeset tag` gives a package version in a monorepo: `@chipwar/query@1.0.0`. */
export function tagName(name: string, version: string): string {
  return `${name}@${version}`;
}

/** The commit a tag points to, or `undefined` when the tag does not exist here. */
export function tagCommit(tag: string, cwd: string = ROOT): string | undefined {
  try {
    return git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], cwd) || undefined;
  } catch {
    return undefined;
  }
}

/** How a release's commit was found. */
export interface ReleaseCommit {
  commit: string;
  /** `tag`: by `@chipwar/dataset@<version>`; `snapshot`: as the commit that added the snapshot. */
  via: 'tag' | 'snapshot';
}

/**
 * The commit of the release `version` of the data: where its tag `@chipwar/dataset@<version>`
 * points, else the commit that added `packages/dataset/releases/<version>.json` (the oldest, should
 * it have been added twice). `undefined` when neither exists: not released, or not committed yet.
 *
 * ```ts
 * releaseCommit('0.1.0'); // { commit: '262bbbd5ab04…', via: 'snapshot' } before the tags exist
 * ```
 */
export function releaseCommit(version: string, cwd: string = ROOT): ReleaseCommit | undefined {
  const tagged = tagCommit(tagName(RELEASE_PACKAGE, version), cwd);
  if (tagged) return { commit: tagged, via: 'tag' };
  const added = git(
    ['log', '--diff-filter=A', '--format=%H', '--', `${RELEASES_DIR}/${version}.json`],
    cwd,
  ).split('\n');
  const commit = added.filter(Boolean).at(-1);
  return commit ? { commit, via: 'snapshot' } : undefined;
}

/** The versions with a snapshot in the working tree's `releases/`, oldest first. */
export function releasedVersions(cwd: string = ROOT): string[] {
  const dir = join(cwd, RELEASES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .filter((version) => parseVersion(version) !== undefined)
    .sort(compareVersions);
}

function published(dirs: string[], read: (file: string) => string | undefined): PublishedPackage[] {
  const found: PublishedPackage[] = [];
  for (const dir of dirs) {
    const text = read(`${dir}/package.json`);
    if (text === undefined) continue;
    const manifest = JSON.parse(text) as { name?: string; version?: string; private?: boolean };
    if (manifest.private || !manifest.name || !manifest.version) continue;
    found.push({ name: manifest.name, version: manifest.version, dir });
  }
  return found.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The published packages of the working tree, with their versions. */
export function packagesInTree(cwd: string = ROOT): PublishedPackage[] {
  const dirs = readdirSync(join(cwd, 'packages')).map((name) => `packages/${name}`);
  return published(dirs, (file) =>
    existsSync(join(cwd, file)) ? readFileSync(join(cwd, file), 'utf8') : undefined,
  );
}

/** The published packages of `packages/` as they were at `commit`, with their versions there. */
export function packagesAt(commit: string, cwd: string = ROOT): PublishedPackage[] {
  const dirs = git(['ls-tree', '--name-only', `${commit}:packages`], cwd)
    .split('\n')
    .filter(Boolean)
    .map((name) => `packages/${name}`);
  const files = new Set(
    git(['ls-tree', '--name-only', commit, ...dirs.map((dir) => `${dir}/package.json`)], cwd).split('\n'),
  );
  return published(dirs, (file) => (files.has(file) ? git(['show', `${commit}:${file}`], cwd) : undefined));
}
