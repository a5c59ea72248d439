import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { KIND_NAMES, KINDS } from '../core.ts';
import { DatasetSchema, datasetJsonSchema } from '../index.ts';

const committed = JSON.parse(readFileSync(new URL('../../schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv);
const validateWithAjv = ajv.compile(committed);

function agree(input: unknown): boolean {
  const zodOk = DatasetSchema.safeParse(input).success;
  const ajvOk = validateWithAjv(input);
  expect({ zodOk, ajvOk, errors: validateWithAjv.errors?.slice(0, 3) }).toMatchObject({
    zodOk,
    ajvOk: zodOk,
  });
  return zodOk;
}

describe('schema.json', () => {
  it('is generated from the zod schemas (run `npm run generate -w @chipwar/schema` after a schema change)', () => {
    expect(committed).toEqual(datasetJsonSchema());
  });

  it('is a draft 2020-12 schema with one shared definition per record kind', () => {
    expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const kind of KIND_NAMES) {
      const name = `${kind[0]?.toUpperCase()}${kind.slice(1)}`;
      expect(committed.$defs[name]).toBeDefined();
      expect(committed.properties[KINDS[kind].collection].items).toEqual({ $ref: `#/$defs/${name}` });
    }
  });
});

describe('zod and the JSON Schema (Ajv) agree', () => {
  it('on the valid sample', () => {
    expect(agree(sampleDataset())).toBe(true);
  });

  const invalid: [string, (dataset: ReturnType<typeof sampleDataset>) => void][] = [
    ['a wrong type', (d) => void (d.figures[0]!.value = '16' as never)],
    ['an unknown unit', (d) => void (d.figures[0]!.unit = 'parsec' as never)],
    ['an unknown field', (d) => void Object.assign(d.people[0]!, { age: 70 })],
    ['a missing required field', (d) => void delete (d.events[0] as Partial<(typeof d.events)[0]>).date],
    ['a malformed id', (d) => void (d.organizations[0]!.id = 'org:SMIC' as never)],
    ['an id of another kind', (d) => void (d.organizations[0]!.id = 'person:smic' as never)],
    ['a reference with a wrong prefix', (d) => void (d.relations[0]!.subject = 'figure:x' as never)],
    ['an empty sources list', (d) => void (d.countries[0]!.sources = [])],
    ['a too-long excerpt', (d) => void (d.countries[0]!.sources[0]!.excerpt = 'x'.repeat(301))],
    ['a paragraph of 0', (d) => void (d.countries[0]!.sources[0]!.paragraph = 0)],
    ['an unknown predicate', (d) => void (d.relations[0]!.predicate = 'likes' as never)],
    ['a bad meta hash', (d) => void (d.meta.source.sha256 = 'xyz')],
    ['an impossible meta date', (d) => void (d.meta.source.date = '2023-02-30')],
    ['a wrong kind literal', (d) => void (d.quotes[0]!.kind = 'figure' as never)],
    ['a non-integer order', (d) => void (d.tactics[0]!.order = 1.5)],
    ['a negative count', (d) => void Object.assign(d.figures[0]!, { unit: 'count', value: -5 })],
    ['a fractional count', (d) => void Object.assign(d.figures[0]!, { unit: 'count', value: 2.5 })],
    ['a negative node size', (d) => void (d.figures[0]!.value = -7)],
    ['a node size of 0', (d) => void (d.figures[0]!.value = 0)],
    ['a fractional number of years', (d) => void Object.assign(d.figures[0]!, { unit: 'year', value: 1.5 })],
    [
      'a share above 100 percent',
      (d) => void Object.assign(d.figures[0]!, { unit: 'percent', metric: 'share-of-demand', value: 120 }),
    ],
    [
      'a negative bound of a count range',
      (d) => {
        Object.assign(d.figures[0]!, { unit: 'count', range: { min: -1, max: 3 } });
        delete d.figures[0]!.value;
      },
    ],
    [
      'a date without bounds',
      (d) => void delete (d.events[0]!.date as Partial<(typeof d.events)[0]['date']>).start,
    ],
  ];

  it.each(invalid)('on %s', (_name, mutate) => {
    const dataset = sampleDataset();
    mutate(dataset);
    expect(agree(dataset)).toBe(false);
  });

  it.each([
    ['a percent that is not a share above 100 (a premium of 500 percent)', 'pay-premium', 500],
    ['a negative percent change', 'growth', -30],
    ['a share of exactly 100 percent', 'share-of-demand', 100],
  ])('on %s, which both accept', (_name, metric, value) => {
    const dataset = sampleDataset();
    Object.assign(dataset.figures[0]!, { unit: 'percent', metric, value });
    expect(agree(dataset)).toBe(true);
  });

  it('apart on an unordered range, which only zod (and so validateDataset) can see', () => {
    // JSON Schema cannot compare two values of an instance: the one documented difference.
    const dataset = sampleDataset();
    Object.assign(dataset.figures[0]!, { range: { min: 28, max: 16 } });
    delete dataset.figures[0]!.value;
    expect(validateWithAjv(dataset)).toBe(true);
    expect(DatasetSchema.safeParse(dataset).success).toBe(false);
  });

  it('on random single-field changes of the sample', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KIND_NAMES),
        fc.constantFrom(
          'id',
          'kind',
          'name',
          'label',
          'sources',
          'tags',
          'description',
          'type',
          'unit',
          'order',
          'bogus',
        ),
        fc.oneof(fc.jsonValue(), fc.constantFrom('org:smic', 'x', '', 1, [], ['a-b'], null)),
        (kind, key, value) => {
          const dataset = sampleDataset() as unknown as Record<string, Record<string, unknown>[]>;
          const record = dataset[KINDS[kind].collection]![0]!;
          record[key] = value;
          agree(dataset);
        },
      ),
      { numRuns: 300 },
    );
  });
});
