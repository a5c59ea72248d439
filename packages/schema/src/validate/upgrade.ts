import { formatPath, type ValidationIssue } from '../core/issues.ts';
import { isPlainObject } from '../internal/plain.ts';
import type { Dataset } from '../model/dataset.ts';
import { SCHEMA_VERSION } from '../version.ts';
import { parseVersion } from '../versioning/semver.ts';
import { validateDataset } from './validate.ts';

/** A step that moves a dataset from one schema major version to the next. */
export interface SchemaMigration {
  /** The major version it moves from. */
  from: number;
  /** What it changes, in a sentence, for the upgrade report. */
  description: string;
  /** The change itself, on a copy of the data. */
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}

// The steps between schema major versions, in order: empty while the schema has had one major
// version; each breaking schema release adds the step from the previous major here.
const SCHEMA_MIGRATIONS: readonly SchemaMigration[] = [];

/** The result of {@link upgradeDataset}. */
export type UpgradeResult =
  | { ok: true; data: Dataset; steps: string[]; issues: [] }
  | { ok: false; data: undefined; steps: string[]; issues: ValidationIssue[] };

function major(version: unknown): number | undefined {
  return parseVersion(version)?.major;
}

function failure(
  steps: string[],
  message: string,
  path: (string | number)[] = ['meta', 'schemaVersion'],
): UpgradeResult {
  return {
    ok: false,
    data: undefined,
    steps,
    issues: [{ path, at: formatPath(path), code: 'invalid-value', message }],
  };
}

/**
 * Moves a dataset saved under an older schema version (a user's own extension, say) to the current
 * schema (or `options.to`), one major version at a time with `options.migrations` (default: the
 * steps this version of `@chipwar/schema` ships), then validates it; or says precisely why it cannot.
 * Never throws and never changes its input.
 *
 * ```ts
 * const result = upgradeDataset(JSON.parse(oldText));
 * if (result.ok) save(result.data); else console.error(formatIssues(result.issues));
 * ```
 */
export function upgradeDataset(
  input: unknown,
  options: { migrations?: readonly SchemaMigration[]; to?: string } = {},
): UpgradeResult {
  const migrations = options.migrations ?? SCHEMA_MIGRATIONS;
  const target = options.to ?? SCHEMA_VERSION;
  const steps: string[] = [];
  if (!isPlainObject(input) || !isPlainObject(input.meta)) {
    return failure(steps, 'expected a dataset object with meta.schemaVersion', []);
  }
  const version = input.meta.schemaVersion;
  const from = major(version);
  const to = major(target) ?? 0;
  if (from === undefined)
    return failure(steps, `meta.schemaVersion must be a semver version; received ${JSON.stringify(version)}`);
  if (from > to) {
    return failure(
      steps,
      `the dataset was written for schema ${version}, newer than this @chipwar/schema (${target}); upgrade @chipwar/schema to read it`,
    );
  }
  let data: Record<string, unknown> = structuredClone(input);
  for (let current = from; current < to; current++) {
    const step = migrations.find((migration) => migration.from === current);
    if (!step)
      return failure(
        steps,
        `no upgrade step from schema ${current}.x to ${current + 1}.x; this dataset cannot be upgraded automatically`,
      );
    try {
      data = step.migrate(data);
    } catch (error) {
      return failure(
        steps,
        `the step from schema ${current}.x to ${current + 1}.x failed: ${(error as Error).message}`,
      );
    }
    steps.push(`${current}.x → ${current + 1}.x: ${step.description}`);
  }
  if (isPlainObject(data.meta)) data.meta = { ...data.meta, schemaVersion: target };
  const result = validateDataset(data);
  return result.ok
    ? { ok: true, data: result.data, steps, issues: [] }
    : { ok: false, data: undefined, steps, issues: result.issues };
}
