// Datasets that the tests of several packages build from the shipped one: the same data one version
// on, with ids retired through the ledger, so each command can be asked about a retired id.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A copy of `value` with every string equal to `from`, at any depth, replaced by `to`. */
export function renameEverywhere<T>(value: T, from: string, to: string): T {
  if (value === from) return to as T;
  if (Array.isArray(value)) return value.map((item) => renameEverywhere(item, from, to)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, renameEverywhere(child, from, to)]),
    ) as T;
  }
  return value;
}

/** The parts of a dataset file the fixture changes; the rest is copied as it is. */
interface DatasetFile {
  meta: { datasetVersion: string };
  organizations: { id: string }[];
  retired?: unknown[];
}

/**
 * Writes `dir/next.json`, a later minor version of `shipped` in its major line: `org:smic` renamed
 * to `org:smic-foundry` everywhere, and `tech:memory-split` retired as split into `tech:dram` and
 * `tech:nand`, both in the ledger at `<major>.9.0`. Returns the file's path.
 */
export function writeNextVersion(shipped: DatasetFile, dir: string): string {
  const major = shipped.meta.datasetVersion.split('.')[0];
  const next = renameEverywhere(structuredClone(shipped), 'org:smic', 'org:smic-foundry');
  next.organizations.sort((a, b) => (a.id < b.id ? -1 : 1));
  next.retired = [
    {
      id: 'org:smic',
      change: 'renamed',
      version: `${major}.9.0`,
      replacedBy: ['org:smic-foundry'],
      reason: 'example rename',
    },
    {
      id: 'tech:memory-split',
      change: 'split',
      version: `${major}.9.0`,
      replacedBy: ['tech:dram', 'tech:nand'],
      reason: 'example split',
    },
  ];
  const file = join(dir, 'next.json');
  writeFileSync(file, JSON.stringify(next));
  return file;
}
