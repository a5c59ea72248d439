import { readFileSync } from 'node:fs';
import { validateDataset } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import { describe, expect, it } from 'vitest';
import { canonicalize, sha256 } from '../scripts/canonical.ts';
import * as root from './index.ts';
import { DATASET_VERSION, dataset, meta } from './index.ts';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const json = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8'));

describe('the shipped dataset', () => {
  it('passes validateDataset with no issue', () => {
    const result = validateDataset(dataset);
    expect(result.issues).toEqual([]);
  });

  it('is the same as dist/dataset.json, the file non-TypeScript users import', () => {
    expect(JSON.parse(JSON.stringify(dataset))).toEqual(json);
  });

  it('has every kind, each sorted by id, with id, kind and sources on every record', () => {
    for (const kind of KIND_NAMES) {
      const records = dataset[KINDS[kind].collection];
      expect(records.length, kind).toBeGreaterThan(0);
      const ids = records.map((record) => record.id);
      expect(ids).toEqual([...ids].sort());
      for (const record of records) {
        expect(record.kind).toBe(kind);
        expect(record.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it('is at least as large as the report (60 figures, 90 entities, 50 events, 20 quotes)', () => {
    const entities = [
      'countries',
      'regions',
      'organizations',
      'people',
      'policies',
      'documents',
      'technologies',
    ] as const;
    expect(dataset.figures.length).toBeGreaterThan(60);
    expect(entities.reduce((sum, collection) => sum + dataset[collection].length, 0)).toBeGreaterThan(90);
    expect(dataset.events.length).toBeGreaterThan(50);
    expect(dataset.quotes.length).toBeGreaterThan(20);
  });

  it('carries versions, source and a content hash of its records, and no timestamp', () => {
    expect(meta.datasetVersion).toBe(packageJson.version);
    expect(DATASET_VERSION).toBe(packageJson.version);
    expect(meta.source).toMatchObject({ document: 'doc:china-new-microchip-war', date: '2023-05-03' });
    const { meta: _meta, ...collections } = json;
    expect(meta.contentHash).toBe(sha256(JSON.stringify(canonicalize(collections))));
    expect(JSON.stringify(meta)).not.toMatch(/\d{2}:\d{2}:\d{2}/);
  });

  it('cannot be mutated: every object and array is frozen, and writes throw', () => {
    const figure = dataset.figures[0]!;
    expect(() => {
      (figure as { value?: number }).value = 1;
    }).toThrow(TypeError);
    expect(() => {
      (figure.sources as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (figure.sources[0] as { excerpt: string }).excerpt = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (dataset as { figures: unknown }).figures = [];
    }).toThrow(TypeError);
    expect(() => {
      (meta.source as { title: string }).title = 'x';
    }).toThrow(TypeError);
    const everyObject = (value: unknown): boolean =>
      value === null ||
      typeof value !== 'object' ||
      (Object.isFrozen(value) && Object.values(value).every(everyObject));
    expect(everyObject(dataset)).toBe(true);
  });
});

describe('subpaths', () => {
  it('declares one subpath per kind in package.json, each exporting that kind and its id type', async () => {
    for (const kind of KIND_NAMES) {
      const collection = KINDS[kind].collection;
      const entry = packageJson.exports[`./${collection}`];
      expect(entry?.['@chipwar/source'], collection).toBe(`./src/generated/${collection}.ts`);
      const module = await import(`./generated/${collection}.ts`);
      expect(module[collection]).toBe(dataset[collection]);
      expect((root as Record<string, unknown>)[collection]).toBe(dataset[collection]);
    }
  });
});
