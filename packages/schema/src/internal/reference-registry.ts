// The zod side of references: `ref()` marks the schema of every id field with the kinds it may
// point to, and `idSchema()` makes a record's own id. Internal: the published table of fields,
// generated from these marks, is `RECORD_FIELDS` in ../core/fields.generated.ts.
import { z } from 'zod';
import { quoteForMessage } from '../core/errors.ts';
import { type IdOf, idPatternFor, MAX_ID_LENGTH } from '../core/ids.ts';
import { KINDS, type Kind } from '../core/kinds.ts';

/** What the reference registry records about an id field: which kinds it may point to. */
interface ReferenceMeta {
  /** The kinds a referenced record may have. */
  kinds: readonly Kind[];
}

/**
 * Marks the schemas of fields that hold ids of other records. `validateDataset` walks the
 * record schemas, finds these fields and checks that each id exists and has an allowed kind,
 * so the schema is the one place that says where references are.
 */
const referenceRegistry = z.registry<ReferenceMeta>();

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** The schema of the id of a record of one kind: `<prefix>:<slug>` with the kind's prefix. */
export function idSchema<K extends Kind>(kind: K): z.ZodType<IdOf<K>, string> {
  const prefix = KINDS[kind].prefix;
  return z
    .string()
    .max(MAX_ID_LENGTH, { error: `expected an id of at most ${MAX_ID_LENGTH} characters`, abort: true })
    .regex(idPatternFor([kind]), {
      error: (issue) =>
        `expected ${article(kind)} ${kind} id of the form ${prefix}:<slug> (slug: lower-case letters and digits joined by single hyphens); received ${quoteForMessage(String(issue.input))}`,
    }) as unknown as z.ZodType<IdOf<K>, string>;
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
  const schema = z
    .string()
    .max(MAX_ID_LENGTH, { error: `expected an id of at most ${MAX_ID_LENGTH} characters`, abort: true })
    .regex(idPatternFor(kinds), {
      error: (issue) =>
        `expected the id of ${article(kinds[0] ?? '')} ${kinds.join(' or ')} (${forms}); received ${quoteForMessage(String(issue.input))}`,
    });
  referenceRegistry.add(schema, { kinds });
  return schema as unknown as z.ZodType<IdOf<K[number]>, string>;
}

/** The kinds an id field may point to, or `undefined` when the schema is not an id field. */
export function referenceKindsOf(schema: z.core.$ZodType): readonly Kind[] | undefined {
  return referenceRegistry.get(schema as z.ZodType)?.kinds;
}

/**
 * Every field of a schema that holds ids, as a path (`'*'` for each item of a list) and the kinds
 * allowed there, found by walking the schema.
 */
export function referenceFieldsOf(
  schema: z.core.$ZodType,
  path: string[] = [],
): { path: string[]; kinds: readonly Kind[] }[] {
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
