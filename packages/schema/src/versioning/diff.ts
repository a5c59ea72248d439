// The data semver policy (VERSIONING.md) in code: what changed between two datasets, and the
// smallest bump that tells consumers the truth about it.
import { KIND_NAMES, KINDS, type Kind } from '../core/kinds.ts';
import type { Dataset } from '../model/dataset.ts';
import type { RetiredId } from '../model/ledger.ts';
import type { AnyRecord } from '../model/records.ts';
import { RETIREMENT_CHANGES } from './ledger.ts';
import { BUMPS, type Bump, compareVersions, incrementVersion, majorOf, maxBump } from './semver.ts';

/** One field that differs between two versions of a record. */
export interface FieldChange {
  /** Where, in the record: `value`, `aliases[2]`, `sources[0].excerpt`. */
  path: string;
  /** The old value (`undefined` when the field was added). */
  before: unknown;
  /** The new value (`undefined` when the field was removed). */
  after: unknown;
  /** The bump this change requires by the policy in VERSIONING.md. */
  bump: Bump;
}

/** What changed between two datasets, and the smallest version bump that tells consumers the truth. */
export interface DatasetDiff {
  /** The versions compared. */
  from: { datasetVersion: string; schemaVersion: string };
  /** The versions compared. */
  to: { datasetVersion: string; schemaVersion: string };
  /** Records only in the new dataset. */
  added: { id: string; kind: Kind }[];
  /** Records only in the old one, with no entry in the new ledger. */
  removed: { id: string; kind: Kind }[];
  /** Records whose id the new ledger retired (renamed, merged, split, removed). */
  retired: (RetiredId & { kind: Kind })[];
  /** Records in both (or renamed), with every field that differs. */
  changed: { id: string; previousId?: string; kind: Kind; fields: FieldChange[] }[];
  /** The smallest bump the changes require. */
  bump: Bump;
  /** Why: one line per kind of change, with the bump it requires and the ids. */
  reasons: { bump: Bump; reason: string; ids: string[] }[];
}

// Fields whose change alters what a value means, not only corrects it (see VERSIONING.md).
const MEANING_FIELDS: Partial<Record<Kind, readonly string[]>> = {
  figure: ['unit', 'metric'],
  relation: ['subject', 'predicate', 'object'],
};

function bumpOf(
  kind: Kind,
  path: string,
  before: unknown,
  after: unknown,
  renamedTo: Map<string, string>,
): Bump {
  // A reference that follows a renamed or merged id is part of that change, reported with it.
  if (typeof before === 'string' && renamedTo.get(before) === after) return 'patch';
  const field = path.split(/[.[]/)[0] ?? path;
  if (MEANING_FIELDS[kind]?.includes(field)) return 'major';
  if (before === undefined) return 'minor'; // new data on an existing record
  return 'patch'; // a correction: text, values, dates, citations
}

function compare(
  before: unknown,
  after: unknown,
  path: string,
  out: { path: string; before: unknown; after: unknown }[],
): void {
  if (Object.is(before, after)) return;
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      compare(before[index], after[index], `${path}[${index}]`, out);
    }
    return;
  }
  if (isObject(before) && isObject(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      compare(before[key], after[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  out.push({ path, before, after });
}

function recordsById(dataset: Dataset): Map<string, AnyRecord> {
  const map = new Map<string, AnyRecord>();
  for (const kind of KIND_NAMES)
    for (const record of dataset[KINDS[kind].collection] as AnyRecord[]) map.set(record.id, record);
  return map;
}

/**
 * Compares two valid datasets: added, removed, retired (through the new dataset's ledger) and
 * changed records, field by field, and the smallest version bump the policy requires, with the
 * reason for each part of it. Renamed and merged records are compared with their successor.
 *
 * ```ts
 * const diff = diffDatasets(lastRelease, current);
 * diff.bump; // 'minor'
 * diff.reasons; // [{ bump: 'minor', reason: '3 record(s) added', ids: [...] }]
 * ```
 */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const old = recordsById(before);
  const current = recordsById(after);
  const ledger = new Map((after.retired ?? []).map((entry) => [entry.id, entry]));
  const renamedTo = new Map(
    (after.retired ?? [])
      .filter((entry) => entry.replacedBy.length === 1)
      .map((entry) => [entry.id, entry.replacedBy[0] as string]),
  );
  const diff: DatasetDiff = {
    from: { datasetVersion: before.meta.datasetVersion, schemaVersion: before.meta.schemaVersion },
    to: { datasetVersion: after.meta.datasetVersion, schemaVersion: after.meta.schemaVersion },
    added: [],
    removed: [],
    retired: [],
    changed: [],
    bump: 'none',
    reasons: [],
  };
  const successors = new Set<string>();
  for (const [id, record] of old) {
    if (current.has(id)) continue;
    const entry = ledger.get(id);
    if (!entry) {
      diff.removed.push({ id, kind: record.kind });
      continue;
    }
    diff.retired.push({ ...entry, kind: record.kind });
    const successor = entry.replacedBy.length === 1 ? current.get(entry.replacedBy[0] as string) : undefined;
    if (successor && entry.change === 'renamed') {
      successors.add(successor.id);
      const fields: { path: string; before: unknown; after: unknown }[] = [];
      compare({ ...record, id: successor.id }, successor, '', fields);
      if (fields.length) {
        diff.changed.push({
          id: successor.id,
          previousId: id,
          kind: successor.kind,
          fields: fields.map((field) => ({
            ...field,
            bump: bumpOf(successor.kind, field.path, field.before, field.after, renamedTo),
          })),
        });
      }
    }
  }
  for (const [id, record] of current) {
    const previous = old.get(id);
    if (!previous) {
      if (!successors.has(id)) diff.added.push({ id, kind: record.kind });
      continue;
    }
    const fields: { path: string; before: unknown; after: unknown }[] = [];
    compare(previous, record, '', fields);
    if (fields.length) {
      diff.changed.push({
        id,
        kind: record.kind,
        fields: fields.map((field) => ({
          ...field,
          bump: bumpOf(record.kind, field.path, field.before, field.after, renamedTo),
        })),
      });
    }
  }

  const reason = (bump: Bump, text: string, ids: string[]) => {
    if (ids.length === 0) return;
    diff.reasons.push({ bump, reason: text, ids });
    diff.bump = maxBump(diff.bump, bump);
  };
  reason(
    'major',
    `${diff.removed.length} id(s) removed without an entry in the ledger`,
    diff.removed.map((entry) => entry.id),
  );
  for (const change of RETIREMENT_CHANGES) {
    const ids = diff.retired.filter((entry) => entry.change === change).map((entry) => entry.id);
    reason(
      'major',
      `${ids.length} id(s) ${change} (listed in the ledger, so \`chipwar migrate\` can move consumers)`,
      ids,
    );
  }
  const majorSchema = majorOf(before.meta.schemaVersion) !== majorOf(after.meta.schemaVersion);
  if (majorSchema)
    reason(
      'major',
      `schema ${before.meta.schemaVersion} → ${after.meta.schemaVersion} is a new major version`,
      ['meta.schemaVersion'],
    );
  for (const bump of ['major', 'minor', 'patch'] as const) {
    const ids = diff.changed
      .filter((entry) => entry.fields.some((field) => field.bump === bump))
      .map((entry) => entry.id);
    const what = {
      major: 'a value’s meaning changed (figure unit or metric, relation ends or predicate)',
      minor: 'new fields on existing records',
      patch: 'corrected values, text or citations',
    }[bump];
    reason(bump, `${ids.length} record(s) with ${what}`, ids);
  }
  reason(
    'minor',
    `${diff.added.length} record(s) added`,
    diff.added.map((entry) => entry.id),
  );
  diff.reasons.sort((a, b) => BUMPS.indexOf(b.bump) - BUMPS.indexOf(a.bump));
  return diff;
}

/**
 * A diff as readable text, for people and for release notes.
 *
 * ```ts
 * console.log(formatDiff(diffDatasets(lastRelease, current)));
 * ```
 */
export function formatDiff(diff: DatasetDiff): string {
  // A build that still carries the released version number is the next release in the making:
  // name the version its bump leads to.
  const { datasetVersion: from } = diff.from;
  const to =
    compareVersions(diff.to.datasetVersion, from) > 0
      ? diff.to.datasetVersion
      : `${incrementVersion(from, diff.bump)} (unreleased)`;
  const lines = [
    `dataset ${from} → ${to}: requires a ${diff.bump} release`,
    ...diff.reasons.map(
      (reason) =>
        `  ${reason.bump.padEnd(5)}  ${reason.reason}: ${reason.ids.slice(0, 8).join(', ')}${reason.ids.length > 8 ? ', …' : ''}`,
    ),
  ];
  if (diff.retired.length) {
    lines.push('', 'retired ids:');
    for (const entry of diff.retired)
      lines.push(
        `  ${entry.id} ${entry.change}${entry.replacedBy.length ? ` → ${entry.replacedBy.join(', ')}` : ''} (${entry.reason})`,
      );
  }
  if (diff.changed.length) {
    lines.push('', 'changed records:');
    for (const record of diff.changed) {
      lines.push(`  ${record.previousId ? `${record.previousId} → ` : ''}${record.id}`);
      for (const field of record.fields) {
        const show = (value: unknown) =>
          value === undefined ? '(none)' : JSON.stringify(value).slice(0, 100);
        lines.push(
          `    ${field.bump.padEnd(5)}  ${field.path}: ${show(field.before)} → ${show(field.after)}`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
