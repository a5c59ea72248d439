// The downstream program of the rehearsal: which ids it uses and its source. The ids come from the
// new release's ledger: renamed or merged ids, retired in that release, whose one replacement
// exists, and whose printed fields mean the same before and after (for a relation: kind,
// predicate and object), so the program's output can stay the same across the upgrade.

/** A record of a built dataset.json, read loosely: the two releases may differ in schema. */
interface LooseRecord {
  id: string;
  kind: string;
  [field: string]: unknown;
}

/** A dataset.json, read loosely. */
export interface LooseDataset {
  meta: { datasetVersion: string };
  retired?: { id: string; change: string; version: string; replacedBy: string[] }[];
  [collection: string]: unknown;
}

/** One `get(id)` call of the program. */
export interface Use {
  /** The id as the program first writes it. */
  id: string;
  /** What `chipwar migrate` must rewrite it to; the id itself when it is live. */
  replacement: string;
  /** `renamed`, `merged`, or `live` for the control call. */
  change: string;
  /** The fields the program prints, equal in both releases. */
  fields: string[];
}

function recordsOf(dataset: LooseDataset): Map<string, LooseRecord> {
  const records = new Map<string, LooseRecord>();
  for (const [key, value] of Object.entries(dataset)) {
    if (key === 'retired' || !Array.isArray(value)) continue;
    for (const record of value as LooseRecord[]) records.set(record.id, record);
  }
  return records;
}

const fieldsOf = (kind: string) => (kind === 'relation' ? ['kind', 'predicate', 'object'] : ['kind']);

const same = (a: LooseRecord, b: LooseRecord, fields: string[]) =>
  fields.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));

/**
 * Up to `max` ids the `current` release retires (renamed or merged, one replacement) that the
 * `previous` release has live, alternating between kinds of change; and one `live` id that both
 * releases have with the same fields, as a control that nothing flags or rewrites.
 *
 * ```ts
 * pickUses(v010, v100, 4).map((use) => use.id); // ['rel:cn-develops-legacy-chips', 'rel:cxmt-recruits-from-samsung', …, 'rel:…']
 * ```
 */
export function pickUses(previous: LooseDataset, current: LooseDataset, max = 4): Use[] {
  const before = recordsOf(previous);
  const after = recordsOf(current);
  const byChange = new Map<string, Use[]>();
  const retiredIds = new Set((current.retired ?? []).map((entry) => entry.id));
  for (const entry of [...(current.retired ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const [replacement, ...more] = entry.replacedBy;
    if (entry.version !== current.meta.datasetVersion) continue;
    if (!['renamed', 'merged'].includes(entry.change) || !replacement || more.length) continue;
    const old = before.get(entry.id);
    const now = after.get(replacement);
    if (!old || !now || after.has(entry.id)) continue;
    const fields = fieldsOf(old.kind);
    if (!same(old, now, fields)) continue;
    const uses = byChange.get(entry.change) ?? [];
    uses.push({ id: entry.id, replacement, change: entry.change, fields });
    byChange.set(entry.change, uses);
  }
  const picked: Use[] = [];
  const queues = [...byChange.values()];
  while (picked.length < max && queues.some((queue) => queue.length))
    for (const queue of queues) {
      const use = queue.shift();
      if (use && picked.length < max) picked.push(use);
    }

  const control = [...after.values()]
    .filter((record) => record.kind === 'relation' && !retiredIds.has(record.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .find((record) => {
      const old = before.get(record.id);
      return old && same(old, record, fieldsOf(record.kind));
    });
  if (control)
    picked.push({ id: control.id, replacement: control.id, change: 'live', fields: fieldsOf(control.kind) });
  return picked;
}

/** The program's source: one `get` per use, printing the use's fields, never the id itself. */
export function programSource(uses: Use[]): string {
  const lines = [
    '// A downstream program that reads records by id (written by tooling/registry, npm run test:registry).',
    "import { get } from '@chipwar/query';",
    '',
  ];
  uses.forEach((use, index) => {
    const name = `record${index + 1}`;
    lines.push(`const ${name} = get('${use.id}');`);
    lines.push(
      `console.log('record ${index + 1}:', JSON.stringify([${use.fields.map((field) => `${name}.${field}`).join(', ')}]));`,
    );
  });
  return `${lines.join('\n')}\n`;
}
