import { z } from 'zod';
import { describeReceived } from '../core/errors.ts';
import { ID_PATTERN, parseId } from '../core/ids.ts';
import { formatPath, type IssueCode, type ValidationIssue } from '../core/issues.ts';
import { type Collection, KIND_NAMES, KINDS, type Kind } from '../core/kinds.ts';
import { type FoundReference, referenceFieldsOfKind, referencesAt } from '../core/references.ts';
import { nearestIds } from '../core/suggest.ts';
import { PREDICATES } from '../core/vocabularies.ts';
import { isPlainObject } from '../internal/plain.ts';
import { referenceFieldsOf } from '../internal/reference-registry.ts';
import { type Dataset, MetaSchema } from '../model/dataset.ts';
import { type RetiredId, RetiredIdSchema } from '../model/ledger.ts';
import { type AnyRecord, type Figure, RecordSchemas, type Relation, type Section } from '../model/records.ts';
import { Ledger } from '../versioning/ledger.ts';
import { DatasetValidationError } from './errors.ts';
import { issuesFromZod, PARSE_OPTIONS } from './zod-issues.ts';

/**
 * How many unknown references of one validation get "did you mean" suggestions. Each costs a
 * comparison with every id of the allowed kinds, so the first ones get them and the rest are
 * reported without: validation stays near-linear whatever the input holds.
 */
export const MAX_SUGGESTED_REFERENCES = 100;

/** The result of {@link validateDataset}: the parsed dataset, or every problem found. */
export type ValidationResult =
  | { ok: true; data: Dataset; issues: [] }
  | { ok: false; data: undefined; issues: ValidationIssue[] };

type Path = (string | number)[];

interface Located {
  record: AnyRecord;
  path: Path;
}

const META_REFERENCE_FIELDS = referenceFieldsOf(MetaSchema);

const COLLECTIONS = new Set<string>(KIND_NAMES.map((kind) => KINDS[kind].collection));

/** The integrity checks that look across records: ids, references, relation kinds, figures, order. */
function checkIntegrity(
  located: Located[],
  knownIds: Map<string, Kind>,
  meta: unknown,
  issues: ValidationIssue[],
): void {
  const add = (path: Path, code: IssueCode, message: string, recordId?: string, suggestions?: string[]) => {
    const issue: ValidationIssue = { path, at: formatPath(path), code, message };
    if (recordId) issue.recordId = recordId;
    if (suggestions?.length) issue.suggestions = suggestions;
    issues.push(issue);
  };

  // Ids by kind, and the suggestions made so far, so that no unknown reference costs a pass over
  // every id more than once and at most MAX_SUGGESTED_REFERENCES of them cost one at all.
  const idsOfKind = new Map<Kind, string[]>();
  for (const [id, kind] of knownIds) {
    const list = idsOfKind.get(kind);
    if (list) list.push(id);
    else idsOfKind.set(kind, [id]);
  }
  const suggested = new Map<string, string[]>();
  const suggest = (id: string, kinds: readonly Kind[]): string[] => {
    const key = `${kinds.join(',')} ${id}`;
    let suggestions = suggested.get(key);
    if (suggestions === undefined) {
      if (suggested.size >= MAX_SUGGESTED_REFERENCES) return [];
      suggestions = nearestIds(
        id,
        kinds.flatMap((kind) => idsOfKind.get(kind) ?? []),
      );
      suggested.set(key, suggestions);
    }
    return suggestions;
  };

  const checkReference = (reference: FoundReference, recordId?: string) => {
    const kind = knownIds.get(reference.id);
    if (kind === undefined) {
      add(
        reference.path,
        'unknown-reference',
        `refers to ${describeReceived(reference.id)}, which no record of the dataset has; expected the id of an existing ${reference.kinds.join(' or ')}`,
        recordId,
        suggest(reference.id, reference.kinds),
      );
    } else if (!reference.kinds.includes(kind)) {
      add(
        reference.path,
        'wrong-reference-kind',
        `refers to ${reference.id}, a ${kind}; expected a ${reference.kinds.join(' or ')}`,
        recordId,
      );
    }
  };

  for (const reference of referencesAt(meta, META_REFERENCE_FIELDS, ['meta'])) checkReference(reference);

  const byId = new Map<string, Located>();
  const orders: Partial<Record<Kind, Located[]>> = {};

  for (const entry of located) {
    const { record, path } = entry;
    const seen = byId.get(record.id);
    if (seen) {
      add(
        [...path, 'id'],
        'duplicate-id',
        `id ${record.id} is also used at ${formatPath(seen.path)}`,
        record.id,
      );
    } else {
      byId.set(record.id, entry);
    }

    for (const reference of referencesAt(record, referenceFieldsOfKind(record.kind), path)) {
      checkReference(reference, record.id);
    }

    switch (record.kind) {
      case 'country':
        if (record.iso3166 && record.id !== `country:${record.iso3166.toLowerCase()}`) {
          add(
            [...path, 'id'],
            'iso-code-mismatch',
            `a country with ISO 3166-1 code ${record.iso3166} must have the id country:${record.iso3166.toLowerCase()}; received ${record.id}`,
            record.id,
          );
        }
        break;
      case 'relation':
        checkRelation(record, path, knownIds, add);
        break;
      case 'figure':
        checkFigure(record, path, add);
        break;
      case 'objective':
      case 'tactic':
        orders[record.kind] ??= [];
        orders[record.kind]?.push(entry);
        break;
    }
  }

  checkCitations(located, add);

  // Equivalent figures state one quantity in two units, so each must point back to the other.
  for (const { record, path } of located) {
    if (record.kind !== 'figure') continue;
    (record.equivalents ?? []).forEach((other, index) => {
      const target = byId.get(other)?.record;
      if (other === record.id) {
        add(
          [...path, 'equivalents', index],
          'self-reference',
          `a figure cannot be its own equivalent`,
          record.id,
        );
      } else if (target?.kind === 'figure' && !(target.equivalents ?? []).includes(record.id)) {
        add(
          [...path, 'equivalents', index],
          'asymmetric-equivalence',
          `lists ${other} as equivalent, but ${other} does not list ${record.id} back`,
          record.id,
        );
      }
    });
  }

  for (const entries of Object.values(orders)) {
    const sorted = [...(entries ?? [])].sort(
      (a, b) => (a.record as { order: number }).order - (b.record as { order: number }).order,
    );
    sorted.forEach((entry, index) => {
      const order = (entry.record as { order: number }).order;
      if (order !== index + 1) {
        add(
          [...entry.path, 'order'],
          'order-conflict',
          `${entry.record.kind}s must be numbered 1 to ${sorted.length} without gaps or repeats; expected ${index + 1} here, received ${order}`,
          entry.record.id,
        );
      }
    });
  }
}

type Add = (path: Path, code: IssueCode, message: string, recordId?: string) => void;

/**
 * Citations of a document that has an outline name one of its sections and a paragraph that
 * section has; each outline's subsections lie within their section, in order.
 */
function checkCitations(located: Located[], add: Add): void {
  const outlines = new Map<string, Map<string, Section>>();
  for (const { record, path } of located) {
    if (record.kind !== 'document' || !record.sections) continue;
    const sections = new Map<string, Section>();
    record.sections.forEach((section, index) => {
      const at = [...path, 'sections', index];
      if (sections.has(section.section)) {
        add(
          [...at, 'section'],
          'duplicate-id',
          `section ${section.section} is listed twice in the outline`,
          record.id,
        );
      }
      sections.set(section.section, section);
      let previous = 0;
      (section.subsections ?? []).forEach((subsection, position) => {
        if (
          subsection.from <= previous ||
          subsection.to < subsection.from ||
          subsection.to > section.paragraphs
        ) {
          add(
            [...at, 'subsections', position],
            'invalid-range',
            `subsection "${subsection.title}" covers paragraphs ${subsection.from}–${subsection.to}; expected an ordered range after paragraph ${previous} and within the section's ${section.paragraphs}`,
            record.id,
          );
        }
        previous = subsection.to;
      });
    });
    outlines.set(record.id, sections);
  }
  if (outlines.size === 0) return;
  for (const { record, path } of located) {
    record.sources.forEach((citation, index) => {
      const sections = outlines.get(citation.document);
      if (!sections) return;
      const section = sections.get(citation.section);
      if (!section) {
        add(
          [...path, 'sources', index, 'section'],
          'unknown-section',
          `cites section ${JSON.stringify(citation.section)}, which the outline of ${citation.document} does not have; expected one of ${[...sections.keys()].join(', ')}`,
          record.id,
        );
      } else if (citation.paragraph > section.paragraphs) {
        add(
          [...path, 'sources', index, 'paragraph'],
          'unknown-section',
          `cites paragraph ${citation.paragraph} of ${citation.section}, which has ${section.paragraphs} paragraph(s) in the outline of ${citation.document}`,
          record.id,
        );
      }
    });
  }
}

function checkRelation(record: Relation, path: Path, knownIds: Map<string, Kind>, add: Add) {
  const spec = PREDICATES[record.predicate];
  for (const end of ['subject', 'object'] as const) {
    const kind = knownIds.get(record[end]);
    const allowed: readonly Kind[] = spec[end];
    if (kind !== undefined && !allowed.includes(kind)) {
      add(
        [...path, end],
        'relation-kind-mismatch',
        `"${record.predicate}" takes a ${end} of kind ${allowed.join(', ')}; received ${record[end]}, a ${kind}`,
        record.id,
      );
    }
  }
  if (record.subject === record.object) {
    add(
      [...path, 'object'],
      'self-reference',
      `a relation cannot point from ${record.subject} to itself`,
      record.id,
    );
  }
}

function checkFigure(record: Figure, path: Path, add: Add) {
  const hasValue = record.value !== undefined;
  const hasRange = record.range !== undefined;
  if (hasValue === hasRange) {
    add(
      path,
      'figure-value-range',
      `a figure needs exactly one of value or range; received ${hasValue ? 'both' : 'neither'}`,
      record.id,
    );
  }
}

/** The ledger of retired ids: not live, replaced by ids that exist, the right count, no cycles. */
function checkLedger(ledger: RetiredId[], knownIds: Map<string, Kind>, issues: ValidationIssue[]): void {
  const isLive = (id: string) => knownIds.has(id);
  for (const problem of new Ledger(ledger).problems(isLive)) {
    const path = ['retired', problem.index, ...problem.path];
    const issue: ValidationIssue = {
      path,
      at: formatPath(path),
      code: problem.code,
      message: problem.message,
      recordId: ledger[problem.index]?.id ?? '',
    };
    if (problem.code === 'unknown-replacement') {
      const target = String(ledger[problem.index]?.replacedBy[problem.path[1] as number]);
      const suggestions = nearestIds(target, knownIds.keys());
      if (suggestions.length) issue.suggestions = suggestions;
    }
    issues.push(issue);
  }
}

/** A result with one issue about the whole input. */
function rootFailure(code: IssueCode, message: string): ValidationResult {
  return { ok: false, data: undefined, issues: [{ path: [], at: formatPath([]), code, message }] };
}

function validateUnsafe(input: unknown): ValidationResult {
  const issues: ValidationIssue[] = [];
  if (!isPlainObject(input)) {
    return rootFailure(
      'invalid-type',
      `expected a dataset object with meta and record arrays; received ${describeReceived(input)}`,
    );
  }

  for (const key of Object.keys(input)) {
    if (key !== 'meta' && key !== 'retired' && !COLLECTIONS.has(key)) {
      issues.push({
        path: [key],
        at: formatPath([key]),
        code: 'unrecognized-keys',
        message: `unknown top-level field ${JSON.stringify(key)}; expected meta, retired or one of ${[...COLLECTIONS].join(', ')}`,
      });
    }
  }

  const meta = MetaSchema.safeParse(input.meta, PARSE_OPTIONS);
  if (!meta.success) for (const issue of issuesFromZod(meta.error, ['meta'])) issues.push(issue);

  // Ids of every record, even of those that fail their shape, so that one broken record does not
  // also show up as a wave of unknown references.
  const knownIds = new Map<string, Kind>();
  const data: Record<string, unknown[]> = {};
  const located: Located[] = [];
  for (const kind of KIND_NAMES) {
    const collection: Collection = KINDS[kind].collection;
    const raw = Object.hasOwn(input, collection) ? input[collection] : [];
    if (!Array.isArray(raw)) {
      issues.push({
        path: [collection],
        at: collection,
        code: 'invalid-type',
        message: `expected an array of ${kind} records; received ${describeReceived(raw)}`,
      });
      continue;
    }
    for (const item of raw) {
      const id = isPlainObject(item) ? item.id : undefined;
      const parsed = parseId(id);
      if (typeof id === 'string' && parsed && !knownIds.has(id)) knownIds.set(id, parsed.kind);
    }
    const records: unknown[] = [];
    raw.forEach((item, index) => {
      const result = RecordSchemas[kind].safeParse(item, PARSE_OPTIONS);
      if (result.success) {
        records.push(result.data);
        located.push({ record: result.data as AnyRecord, path: [collection, index] });
      } else {
        const id =
          isPlainObject(item) && typeof item.id === 'string' && ID_PATTERN.test(item.id)
            ? item.id
            : undefined;
        const rawId = isPlainObject(item) ? item.id : undefined;
        for (const issue of issuesFromZod(result.error, [collection, index], id, rawId)) issues.push(issue);
      }
    });
    data[collection] = records;
  }

  checkIntegrity(located, knownIds, meta.success ? meta.data : undefined, issues);

  const ledger = z
    .array(RetiredIdSchema)
    .safeParse(Object.hasOwn(input, 'retired') ? input.retired : [], PARSE_OPTIONS);
  if (!ledger.success) for (const issue of issuesFromZod(ledger.error, ['retired'])) issues.push(issue);
  else checkLedger(ledger.data, knownIds, issues);

  if (issues.length > 0) return { ok: false, data: undefined, issues };
  return { ok: true, data: { meta: meta.data, ...data, retired: ledger.data } as Dataset, issues: [] };
}

/**
 * Validates a whole dataset and lists every problem at once: each record's shape, unique ids, id
 * prefixes that match kinds, references that exist and have a sensible kind, relation ends, dates,
 * figures, and the numbering of objectives and tactics. Never throws, whatever it is given; the
 * input is not modified, and `data` is a fresh parsed copy.
 *
 * ```ts
 * const result = validateDataset(JSON.parse(text));
 * if (!result.ok) console.error(formatIssues(result.issues));
 * else console.log(result.data.figures.length);
 * ```
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    return validateUnsafe(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return rootFailure(
      'invalid-input',
      `the input could not be read as plain data (${reason.slice(0, 200)}); expected JSON-like objects and arrays`,
    );
  }
}

/**
 * Like {@link validateDataset}, but returns the dataset or throws a {@link DatasetValidationError}
 * that lists every problem.
 *
 * ```ts
 * const dataset = assertValidDataset(JSON.parse(text));
 * ```
 */
export function assertValidDataset(input: unknown): Dataset {
  const result = validateDataset(input);
  if (!result.ok) throw new DatasetValidationError(result.issues);
  return result.data;
}
