import { RECORD_FIELD_TABLE } from './fields.generated.ts';
import { deepFreeze } from './freeze.ts';
import type { Kind } from './kinds.ts';

/**
 * What a field holds: `id` the id of another record (see `kinds`), `enum` one of `values`,
 * `date` an EDTF date with its derived bounds, `object` named `fields`, `list` a list of `items`.
 */
export type FieldType =
  | 'string'
  | 'slug'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'date'
  | 'id'
  | 'enum'
  | 'object'
  | 'list';

/** A field of a record, as the record schemas define it, without zod. */
export interface FieldSpec {
  /** The field's name (`'*'` for the items of a list). */
  readonly name: string;
  /** What it holds. */
  readonly type: FieldType;
  /** Whether every record has it. */
  readonly required: boolean;
  /** What it means: the field's doc comment in the schema. */
  readonly description: string;
  /** For `enum`: the allowed values. */
  readonly values?: readonly string[];
  /** For `id`: the kinds the referenced record may have. */
  readonly kinds?: readonly Kind[];
  /** For `object`: its fields. */
  readonly fields?: readonly FieldSpec[];
  /** For `list`: what each item holds. */
  readonly items?: FieldSpec;
  /** For `integer` and `number`: the smallest allowed value. */
  readonly minimum?: number;
}

/**
 * Every field of each kind of record, in schema order, with its type, whether it is required, its
 * description and its allowed values: the record schemas as plain data, generated from them (and
 * their doc comments) by `npm run generate -w @chipwar/schema`, so that code without zod (tables,
 * exports, documentation) reads the same model.
 *
 * ```ts
 * RECORD_FIELDS.figure.find((field) => field.name === 'unit')?.values; // ['USD', 'CNY', …]
 * ```
 */
export const RECORD_FIELDS: Readonly<Record<Kind, readonly FieldSpec[]>> = /* @__PURE__ */ deepFreeze(
  RECORD_FIELD_TABLE as Record<Kind, FieldSpec[]>,
);
