import { z } from 'zod';
import type { IdOf } from './ids.ts';
import { KINDS, type Kind } from './kinds.ts';
import type { ReferenceField } from './reference-table.ts';

/** What the reference registry records about an id field: which kinds it may point to. */
export interface ReferenceMeta {
  /** The kinds a referenced record may have. */
  kinds: readonly Kind[];
}

/**
 * Marks the schemas of fields that hold ids of other records. `validateDataset` walks the
 * record schemas, finds these fields and checks that each id exists and has an allowed kind,
 * so the schema is the one place that says where references are.
 */
export const referenceRegistry = z.registry<ReferenceMeta>();

/** The regular expression of ids of any of `kinds`. */
export function idPatternFor(kinds: readonly Kind[]): RegExp {
  const prefixes = [...new Set(kinds.map((kind) => KINDS[kind].prefix))].join('|');
  return new RegExp(`^(?:${prefixes}):[a-z0-9]+(?:-[a-z0-9]+)*$`);
}

/**
 * The schema of a field holding the id of a record of one of `kinds`. Parsing checks the id's
 * syntax and prefix; that the record exists is a dataset-level check of `validateDataset`.
 *
 * ```ts
 * const speaker = ref('person', 'organization');
 * speaker.parse('person:xi-jinping'); // ok
 * speaker.parse('tech:euv');          // ZodError: expected an id of kind person or organization …
 * ```
 */
export function ref<const K extends readonly Kind[]>(...kinds: K): z.ZodType<IdOf<K[number]>, string> {
  const forms = kinds.map((kind) => `${KINDS[kind].prefix}:<slug>`).join(' or ');
  const schema = z.string().regex(idPatternFor(kinds), {
    error: (issue) =>
      `expected the id of a ${kinds.join(' or ')} (${forms}); received ${JSON.stringify(String(issue.input).slice(0, 80))}`,
  });
  referenceRegistry.add(schema, { kinds });
  return schema as unknown as z.ZodType<IdOf<K[number]>, string>;
}

/**
 * Every field of a schema that holds ids, as a path (`'*'` for each item of a list) and the kinds
 * allowed there, found by walking the schema. The source of `REFERENCE_FIELDS`, which is generated
 * from it so that code without zod can find references too.
 */
export function referenceFieldsOf(schema: z.core.$ZodType, path: string[] = []): ReferenceField[] {
  const meta = referenceRegistry.get(schema as z.ZodType);
  if (meta) return [{ path, kinds: meta.kinds }];
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([key, child]) =>
        referenceFieldsOf(child, [...path, key]),
      );
    case 'array':
      return referenceFieldsOf(def.element as z.core.$ZodType, [...path, '*']);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return referenceFieldsOf(def.innerType as z.core.$ZodType, path);
    case 'pipe':
      return referenceFieldsOf(def.in as z.core.$ZodType, path);
    case 'union':
      return (def.options as z.core.$ZodType[]).flatMap((option) => referenceFieldsOf(option, path));
    default:
      return [];
  }
}
