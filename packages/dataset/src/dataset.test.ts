import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '@chipwar/schema';
import { ArgumentError, KIND_NAMES, KINDS } from '@chipwar/schema/core';
import { describe, expect, it } from 'vitest';
import { canonicalize, sha256 } from '../scripts/canonical.ts';
import {
  collection,
  meta as collectionsMeta,
  retired as collectionsRetired,
  dataset as lazyDataset,
} from './collections.ts';
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

describe('collections', () => {
  it('gives each collection, meta and the ledger as the same frozen values as the root', () => {
    for (const kind of KIND_NAMES) {
      const name = KINDS[kind].collection;
      expect(collection(name), name).toBe(dataset[name]);
    }
    expect(collectionsMeta).toBe(meta);
    expect(collectionsRetired).toBe(dataset.retired);
  });

  it('gives the whole dataset as a frozen view, the same as the root in values and order', () => {
    expect(Object.isFrozen(lazyDataset)).toBe(true);
    expect(Object.keys(lazyDataset)).toEqual(Object.keys(dataset));
    for (const key of Object.keys(dataset)) {
      expect(lazyDataset[key as keyof typeof dataset], key).toBe(dataset[key as keyof typeof dataset]);
    }
    expect(JSON.stringify(lazyDataset)).toBe(JSON.stringify(dataset));
    expect(() => {
      (lazyDataset as unknown as Record<string, unknown>).figures = [];
    }).toThrow(TypeError);
  });

  it('refuses a name that is not a collection, with the nearest one', () => {
    expect(() => collection('figurs' as never)).toThrow(
      /^collection: name must be one of countries, .*; received "figurs"; did you mean figures\?$/,
    );
    expect(() => collection('toString' as never)).toThrow(ArgumentError);
    expect(() => collection(undefined as never)).toThrow(/received nothing \(undefined\)/);
  });
});

describe('the published entries (dist/)', () => {
  const dist = new URL('../dist/', import.meta.url);
  const run = (type: 'module' | 'commonjs', code: string) =>
    execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], {
      cwd: fileURLToPath(dist),
      encoding: 'utf8',
    }).trim();

  it('share one frozen array per kind between the main entry and a subpath, in either order', () => {
    for (const order of [
      ['./figures', './index'],
      ['./index', './figures'],
    ]) {
      const esm = `const [a, b] = [await import('${order[0]}.js'), await import('${order[1]}.js')];
        const root = a.dataset ? a : b, kind = a.dataset ? b : a;
        console.log(kind.figures === root.dataset.figures && root.figures === root.dataset.figures && Object.isFrozen(kind.figures[0].sources[0]))`;
      expect(run('module', esm), `ESM ${order}`).toBe('true');
      const cjs = `const [a, b] = [require('${order[0]}.cjs'), require('${order[1]}.cjs')];
        const root = a.dataset ? a : b, kind = a.dataset ? b : a;
        console.log(kind.figures === root.dataset.figures && Object.isFrozen(kind.figures[0].sources[0]))`;
      expect(run('commonjs', cjs), `CommonJS ${order}`).toBe('true');
    }
  });

  it('/collections parses a collection only when it is asked for', () => {
    const parses = `let parses = 0; const parse = JSON.parse;
      JSON.parse = (...args) => (parses++, parse(...args));
      const { collection } = await import('./collections.js');
      const before = parses;
      collection('figures'); collection('figures');
      const { dataset } = await import('./collections.js');
      dataset.figures; dataset.organizations;
      console.log(before, parses - before);`;
    // meta and the ledger when the module loads; then the figures, once, and the organizations.
    expect(run('module', parses)).toBe('2 2');
  });

  it('are one file each with their data as one-byte JSON text, importing only the shared store', () => {
    for (const file of readdirSync(dist).filter(
      (name) => /\.c?js$/.test(name) && !name.startsWith('store.'),
    )) {
      const code = readFileSync(new URL(file, dist));
      expect(
        code.every((byte) => byte < 0x80),
        `${file} is ASCII`,
      ).toBe(true);
      const imports = [...code.toString().matchAll(/(?:from |require\()['"]([^'"]+)['"]/g)].map(
        (match) => match[1],
      );
      expect(imports, file).toEqual([file.endsWith('.cjs') ? './store.cjs' : './store.js']);
    }
  });
});
