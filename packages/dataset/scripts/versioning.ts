// Where released snapshots live, and reading the newest one. The versioning rules themselves
// (versions, bumps, the diff) are @chipwar/schema/versioning's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Dataset, validateDataset } from '@chipwar/schema';
import { compareVersions, parseVersion } from '@chipwar/schema/versioning';

/** Where released snapshots live. */
const RELEASES_DIR = process.env.CHIPWAR_RELEASES_DIR ?? new URL('../releases/', import.meta.url).pathname;

/** The newest released snapshot, validated, or `undefined` before the first release. */
export function latestRelease(dir = RELEASES_DIR): { version: string; dataset: Dataset } | undefined {
  if (!existsSync(dir)) return undefined;
  const versions = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && parseVersion(name.slice(0, -'.json'.length)))
    .map((name) => name.slice(0, -'.json'.length))
    .sort(compareVersions);
  const version = versions.at(-1);
  if (!version) return undefined;
  const result = validateDataset(JSON.parse(readFileSync(join(dir, `${version}.json`), 'utf8')));
  if (!result.ok)
    throw new Error(`releases/${version}.json is not a valid dataset: ${result.issues[0]?.message}`);
  return { version, dataset: result.data };
}
