import { REFERENCE_FIELD_TABLE } from './fields.generated.ts';
import { deepFreeze } from './freeze.ts';
import type { Kind } from './kinds.ts';

/** A field that holds ids: its path in a record (`'*'` for each item of a list) and the kinds allowed. */
export interface ReferenceField {
  /** Keys from the record root; `'*'` stands for every item of a list. */
  readonly path: readonly string[];
  /** The kinds the referenced record may have. */
  readonly kinds: readonly Kind[];
}

/** A reference found in a record: where it is, the id, and the kinds allowed there. */
export interface FoundReference {
  /** Where, from the record root: `['participants', 2]`. */
  path: (string | number)[];
  /** The id referred to. */
  id: string;
  /** The kinds allowed there. */
  kinds: readonly Kind[];
}

// Generated with the field table from the record schemas (scripts/generate-fields.ts).
const REFERENCE_FIELDS = /* @__PURE__ */ deepFreeze(
  REFERENCE_FIELD_TABLE as unknown as Record<Kind, readonly ReferenceField[]>,
);

/** The fields of a kind of record that hold ids, and the kinds allowed in each. */
export function referenceFieldsOfKind(kind: Kind): readonly ReferenceField[] {
  return (Object.hasOwn(REFERENCE_FIELDS, kind) && REFERENCE_FIELDS[kind]) || [];
}

function collect(
  value: unknown,
  field: ReferenceField,
  depth: number,
  path: (string | number)[],
  out: FoundReference[],
): void {
  if (depth === field.path.length) {
    if (typeof value === 'string') out.push({ path, id: value, kinds: field.kinds });
    return;
  }
  const key = field.path[depth] as string;
  if (key === '*') {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        collect(value[index], field, depth + 1, [...path, index], out);
      }
    }
  } else if (value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, key)) {
    collect((value as Record<string, unknown>)[key], field, depth + 1, [...path, key], out);
  }
}

/**
 * Every id a record refers to, with where it stands in the record and the kinds allowed there
 * (nested fields and citations included). Table-driven, so it needs no zod.
 *
 * ```ts
 * referencesOf(relation); // [{ path: ['sources', 0, 'document'], id: 'doc:…', kinds: ['document'] }, { path: ['subject'], … }, …]
 * ```
 */
export function referencesOf(record: { readonly kind: Kind }): FoundReference[] {
  return referencesAt(record, referenceFieldsOfKind(record.kind));
}

/** The ids found in `value` at the given reference fields, with paths prefixed by `base`. */
export function referencesAt(
  value: unknown,
  fields: readonly ReferenceField[],
  base: (string | number)[] = [],
): FoundReference[] {
  const out: FoundReference[] = [];
  for (const field of fields) collect(value, field, 0, base, out);
  return out;
}
