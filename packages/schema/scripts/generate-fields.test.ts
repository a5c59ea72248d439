import { describe, expect, it } from 'vitest';
import { REFERENCE_FIELD_TABLE } from '../src/core/fields.generated.ts';
import { referenceFieldsOfKind } from '../src/core/references.ts';
import { KIND_NAMES, RECORD_FIELDS, referencesOf } from '../src/core.ts';
import { RecordSchemas } from '../src/index.ts';
import { referenceFieldsOf } from '../src/internal/reference-registry.ts';
import { sampleDataset } from '../test/sample-dataset.ts';
import { fieldTable, referenceTable } from './generate-fields.ts';

describe('RECORD_FIELDS', () => {
  it('is generated from the schemas and their doc comments (run `npm run generate -w @chipwar/schema` after a schema change)', () => {
    expect(RECORD_FIELDS).toEqual(fieldTable());
  });

  it('describes every field, nested ones included', () => {
    const undocumented: string[] = [];
    const visit = (field: (typeof RECORD_FIELDS)['figure'][number], path: string) => {
      if (field.description.length < 10) undocumented.push(path);
      for (const part of field.fields ?? []) visit(part, `${path}.${part.name}`);
      if (field.items) visit(field.items, `${path}[]`);
    };
    for (const kind of KIND_NAMES)
      for (const field of RECORD_FIELDS[kind]) visit(field, `${kind}.${field.name}`);
    expect(undocumented).toEqual([]);
  });

  it('has its reference fields generated with it (run `npm run generate -w @chipwar/schema`)', () => {
    expect(REFERENCE_FIELD_TABLE).toEqual(referenceTable());
    expect(Object.isFrozen(referenceFieldsOfKind('event')[0]?.path)).toBe(true);
    expect(referenceFieldsOfKind('nonsense' as never)).toEqual([]);
  });

  it('gives the same reference fields as a walk of the zod schemas', () => {
    for (const kind of KIND_NAMES) {
      expect(referenceFieldsOfKind(kind), kind).toEqual(referenceFieldsOf(RecordSchemas[kind]));
    }
  });
});

describe('referencesOf', () => {
  it('finds every reference of a record, nested ones included, with the kinds allowed there', () => {
    const dataset = sampleDataset();
    const person = dataset.people[0]!;
    expect(referencesOf(person).map((reference) => [reference.path.join('.'), reference.id])).toEqual([
      ['sources.0.document', 'doc:report'],
      ['nationality', 'country:cn'],
      ['affiliations.0.organization', 'country:cn'],
    ]);
    const quote = referencesOf(dataset.quotes[1]!);
    expect(quote.find((reference) => reference.path.join('.') === 'speaker.affiliation')?.kinds).toEqual([
      'organization',
      'country',
      'region',
    ]);
  });
});
