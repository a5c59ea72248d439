// Writes src/core/fields.generated.ts: every field of every record kind, from the zod record
// schemas (types, allowed values, references) and their doc comments (descriptions, read with the
// TypeScript compiler from the inferred record types). A test fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { z } from 'zod';
import type { FieldSpec } from '../src/core/fields.ts';
import { KIND_NAMES } from '../src/core/kinds.ts';
import { referenceKindsOf } from '../src/internal/reference-registry.ts';
import { DateSchema } from '../src/model/dates.ts';
import { RecordSchemas, SlugSchema } from '../src/model/records.ts';

type AnySchema = z.core.$ZodType;
type Def = { type: string; [key: string]: unknown };

const recordsFile = new URL('../src/model/records.ts', import.meta.url).pathname;
const program = ts.createProgram([recordsFile], {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  allowImportingTsExtensions: true,
  noEmit: true,
  strict: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();
const source = program.getSourceFile(recordsFile);
if (!source) throw new Error(`cannot read ${recordsFile}`);
const recordOfKind = source.statements.find(
  (statement): statement is ts.InterfaceDeclaration =>
    ts.isInterfaceDeclaration(statement) && statement.name.text === 'RecordOfKind',
);
if (!recordOfKind) throw new Error('RecordOfKind not found in records.ts');
const recordTypes = checker.getTypeAtLocation(recordOfKind);

/** The doc comment of a property of a type, and the property's type. */
function member(type: ts.Type | undefined, name: string): { docs: string; type: ts.Type | undefined } {
  if (!type) return { docs: '', type: undefined };
  const property = checker.getPropertyOfType(checker.getNonNullableType(type), name);
  if (!property) return { docs: '', type: undefined };
  const docs = ts.displayPartsToString(property.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
  return { docs, type: checker.getTypeOfSymbol(property) };
}

/** The item type of an array type. */
function itemType(type: ts.Type | undefined): ts.Type | undefined {
  if (!type) return undefined;
  const plain = checker.getNonNullableType(type);
  return checker.isArrayType(plain) ? checker.getTypeArguments(plain as ts.TypeReference)[0] : undefined;
}

function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    const def = inner._zod.def as Def;
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      optional = true;
      inner = def.innerType as AnySchema;
    } else return { inner, optional };
  }
}

function spec(name: string, schema: AnySchema, docs: string, type: ts.Type | undefined): FieldSpec {
  const { inner, optional } = unwrap(schema);
  const base = { name, required: !optional, description: docs };
  const kinds = referenceKindsOf(inner);
  if (kinds) return { ...base, type: 'id', kinds: [...kinds] };
  if (inner === (DateSchema as unknown as AnySchema)) return { ...base, type: 'date' };
  if (inner === (SlugSchema as unknown as AnySchema)) return { ...base, type: 'slug' };
  const def = inner._zod.def as Def;
  switch (def.type) {
    case 'enum':
      return { ...base, type: 'enum', values: Object.values(def.entries as Record<string, string>) };
    case 'literal':
      return { ...base, type: 'enum', values: (def.values as unknown[]).map(String) };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'number': {
      const number = inner as unknown as { isInt: boolean; minValue: number | null };
      const minimum = Number.isFinite(number.minValue) ? { minimum: number.minValue as number } : {};
      return { ...base, type: number.isInt ? 'integer' : 'number', ...minimum };
    }
    case 'array':
      return { ...base, type: 'list', items: spec('*', def.element as AnySchema, docs, itemType(type)) };
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      const fields = Object.entries(shape).map(([key, child]) => {
        const found = member(type, key);
        return spec(key, child, found.docs, found.type);
      });
      return { ...base, type: 'object', fields };
    }
    default:
      return { ...base, type: 'string' };
  }
}

/** The field table, as the schemas and their doc comments say now. */
export function fieldTable(): Record<string, FieldSpec[]> {
  return Object.fromEntries(
    KIND_NAMES.map((kind) => {
      const recordType = member(recordTypes, kind).type;
      const shape = (RecordSchemas[kind] as unknown as { shape: Record<string, AnySchema> }).shape;
      const fields = Object.entries(shape).map(([key, child]) => {
        const found = member(recordType, key);
        if (!found.docs) throw new Error(`${kind}.${key} has no doc comment in records.ts`);
        return spec(key, child, found.docs, found.type);
      });
      return [kind, fields];
    }),
  );
}

type ReferencePath = { path: string[]; kinds: readonly string[] };

function collectReferences(field: FieldSpec, path: string[], out: ReferencePath[]): void {
  if (field.type === 'id' && field.kinds) out.push({ path, kinds: field.kinds });
  else if (field.type === 'list' && field.items) collectReferences(field.items, [...path, '*'], out);
  else if (field.type === 'object')
    for (const part of field.fields ?? []) collectReferences(part, [...path, part.name], out);
}

/**
 * The fields of each kind that hold ids, read off the field table: written out as a table of its
 * own, so that finding references (`referencesOf`) needs neither the field table's descriptions
 * nor a walk of it at run time.
 */
export function referenceTable(table = fieldTable()): Record<string, ReferencePath[]> {
  return Object.fromEntries(
    Object.entries(table).map(([kind, fields]) => {
      const out: ReferencePath[] = [];
      for (const field of fields) collectReferences(field, [field.name], out);
      return [kind, out];
    }),
  );
}

/** The text of fields.generated.ts. */
export function fieldTableSource(table = fieldTable()): string {
  // Fields every kind shares (id, sources, name, …) are written once and referred to by name.
  const seen = new Map<string, number>();
  for (const fields of Object.values(table)) {
    for (const field of fields) {
      const json = JSON.stringify(field);
      seen.set(json, (seen.get(json) ?? 0) + 1);
    }
  }
  const shared = new Map<string, string>();
  for (const [json, count] of seen) {
    if (count < 2) continue;
    const base = `${(JSON.parse(json) as FieldSpec).name.replace(/\W/g, '_')}Field`;
    const taken = new Set(shared.values());
    let name = base;
    for (let suffix = 2; taken.has(name); suffix++) name = `${base}${suffix}`;
    shared.set(json, name);
  }
  const body = Object.entries(table)
    .map(([kind, fields]) => {
      const items = fields.map((field) => shared.get(JSON.stringify(field)) ?? JSON.stringify(field));
      return `  ${kind}: [${items.join(', ')}],`;
    })
    .join('\n');
  const constants = [...shared].map(([json, name]) => `const ${name} = ${json};`).join('\n');

  return `// Generated by scripts/generate-fields.ts from the record schemas and their doc comments: do not edit.

${constants}

/** Every field of each kind of record; read it through \`RECORD_FIELDS\`. */
export const RECORD_FIELD_TABLE = {
${body}
};

/** The fields of each kind of record that hold ids; read it through \`referenceFieldsOfKind\`. */
export const REFERENCE_FIELD_TABLE = ${JSON.stringify(referenceTable(table))};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const target = new URL('../src/core/fields.generated.ts', import.meta.url);
  writeFileSync(target, fieldTableSource());
  console.log(`wrote ${target.pathname}`);
}
