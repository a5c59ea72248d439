// The data semver policy in code: the newest released snapshot, the bump the pending changesets
// declare, and whether that bump is at least the one the diff requires.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUMPS, type Bump, type Dataset, validateDataset } from '@chipwar/schema';

/** Where released snapshots live. */
export const RELEASES_DIR =
  process.env.CHIPWAR_RELEASES_DIR ?? new URL('../releases/', import.meta.url).pathname;

function parseVersion(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.-]/).map(Number);
  return [major, minor, patch];
}

/** Compares two semver versions (release part only). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The bump that leads from one version to another: `1.2.3` → `1.3.0` is a minor. */
export function bumpBetween(from: string, to: string): Bump {
  const [a, b, c] = parseVersion(from);
  const [x, y, z] = parseVersion(to);
  if (x > a) return 'major';
  if (x === a && y > b) return 'minor';
  if (x === a && y === b && z > c) return 'patch';
  return 'none';
}

/** The newest released snapshot, validated, or `undefined` before the first release. */
export function latestRelease(dir = RELEASES_DIR): { version: string; dataset: Dataset } | undefined {
  if (!existsSync(dir)) return undefined;
  const versions = readdirSync(dir)
    .filter((name) => /^\d+\.\d+\.\d+.*\.json$/.test(name))
    .map((name) => name.replace(/\.json$/, ''))
    .sort(compareVersions);
  const version = versions.at(-1);
  if (!version) return undefined;
  const result = validateDataset(JSON.parse(readFileSync(join(dir, `${version}.json`), 'utf8')));
  if (!result.ok)
    throw new Error(`releases/${version}.json is not a valid dataset: ${result.issues[0]?.message}`);
  return { version, dataset: result.data };
}

/** The largest bump the pending changesets declare for a package. */
export function declaredBump(
  changesets: readonly { releases: readonly { name: string; type: string }[] }[],
  name: string,
): Bump {
  let bump: Bump = 'none';
  for (const changeset of changesets) {
    for (const release of changeset.releases) {
      if (release.name === name && BUMPS.indexOf(release.type as Bump) > BUMPS.indexOf(bump))
        bump = release.type as Bump;
    }
  }
  return bump;
}

/** Whether the declared bump is at least the required one. */
export function isEnough(declared: Bump, required: Bump): boolean {
  return BUMPS.indexOf(declared) >= BUMPS.indexOf(required);
}
