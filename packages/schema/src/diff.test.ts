import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test/sample-dataset.ts';
import { diffDatasets, formatDiff, type SchemaMigration, upgradeDataset } from './index.ts';

// The sample dataset says schema 1.0.0; these tests upgrade to a pretend current 2.1.0.
const TO = '2.1.0';

describe('diffDatasets', () => {
  it('finds nothing between a dataset and itself', () => {
    const diff = diffDatasets(sampleDataset(), sampleDataset());
    expect(diff).toMatchObject({
      added: [],
      removed: [],
      retired: [],
      changed: [],
      bump: 'none',
      reasons: [],
    });
  });

  it('a corrected excerpt or value is a patch', () => {
    const next = sampleDataset();
    next.figures[0]!.sources[0]!.excerpt = '16nm logic, corrected';
    next.figures[0]!.value = 14;
    const diff = diffDatasets(sampleDataset(), next);
    expect(diff.bump).toBe('patch');
    expect(diff.changed[0]?.fields).toEqual([
      { path: 'sources[0].excerpt', before: '16nm logic', after: '16nm logic, corrected', bump: 'patch' },
      { path: 'value', before: 16, after: 14, bump: 'patch' },
    ]);
  });

  it('new records, new fields and new aliases are a minor', () => {
    const next = sampleDataset();
    next.concepts.push({ ...next.concepts[0]!, id: 'concept:chokepoints', name: 'chokepoints' });
    next.organizations[0]!.aliases = ['Semiconductor Manufacturing International Corporation'];
    const diff = diffDatasets(sampleDataset(), next);
    expect(diff.bump).toBe('minor');
    expect(diff.added).toEqual([{ id: 'concept:chokepoints', kind: 'concept' }]);
    expect(diff.reasons.map((reason) => [reason.bump, reason.ids])).toEqual([
      ['minor', ['org:smic']],
      ['minor', ['concept:chokepoints']],
    ]);
  });

  it('a removed id, a renamed id and a changed unit are a major, each with its reason', () => {
    const next = sampleDataset();
    next.concepts = [];
    const renamed = next.technologies.find((record) => record.id === 'tech:nand')!;
    renamed.id = 'tech:nand-flash';
    next.retired.push({
      id: 'tech:nand',
      change: 'renamed',
      version: '2.0.0',
      replacedBy: ['tech:nand-flash'],
      reason: 'clearer',
    });
    next.figures[0]!.unit = 'layer';
    const diff = diffDatasets(sampleDataset(), next);
    expect(diff.bump).toBe('major');
    expect(diff.removed).toEqual([{ id: 'concept:export-discipline', kind: 'concept' }]);
    expect(diff.retired.map((entry) => [entry.id, entry.change])).toEqual([['tech:nand', 'renamed']]);
    expect(diff.changed.find((record) => record.previousId === 'tech:nand')).toBeUndefined(); // renamed, otherwise unchanged
    expect(diff.reasons.filter((reason) => reason.bump === 'major').map((reason) => reason.ids)).toEqual([
      ['concept:export-discipline'],
      ['tech:nand'],
      ['figure:logic-threshold'],
    ]);
    const text = formatDiff(diff);
    expect(text).toContain('requires a major release');
    expect(text).toContain('tech:nand renamed → tech:nand-flash (clearer)');
    expect(text).toContain('major  unit: "nanometer" → "layer"');
  });
});

describe('upgradeDataset', () => {
  it('validates and stamps a dataset of the current major version', () => {
    const same = sampleDataset();
    same.meta.schemaVersion = '2.0.3';
    const result = upgradeDataset(same, { to: TO });
    expect(result.issues).toEqual([]);
    expect(result.steps).toEqual([]);
    expect(result.data?.meta.schemaVersion).toBe(TO);
  });

  it('runs the steps from an older major version, in order', () => {
    const current = 2;
    const old = sampleDataset() as unknown as {
      meta: { schemaVersion: string };
      figures: Record<string, unknown>[];
    };
    old.meta.schemaVersion = `${current - 1}.4.0`;
    old.figures[0]!.units = old.figures[0]!.unit; // the old schema called the field "units"
    delete old.figures[0]!.unit;
    const steps: SchemaMigration[] = [
      {
        from: current - 1,
        description: 'figures: units → unit',
        migrate: (data) => ({
          ...data,
          figures: (data.figures as Record<string, unknown>[]).map(({ units, ...figure }) => ({
            ...figure,
            unit: units ?? figure.unit,
          })),
        }),
      },
    ];
    const input = structuredClone(old);
    const result = upgradeDataset(old, { migrations: steps, to: TO });
    expect(result.issues).toEqual([]);
    expect(result.steps).toEqual([`${current - 1}.x → ${current}.x: figures: units → unit`]);
    expect(result.data?.figures[0]?.unit).toBe('nanometer');
    expect(old).toEqual(input); // the input is not changed
  });

  it('says precisely why it cannot', () => {
    const current = 2;
    const newer = sampleDataset();
    newer.meta.schemaVersion = `${current + 1}.0.0`;
    expect(upgradeDataset(newer, { to: TO }).issues[0]?.message).toContain(
      'newer than this @chipwar/schema (2.1.0)',
    );
    const older = sampleDataset();
    older.meta.schemaVersion = `${current - 1}.0.0`;
    expect(upgradeDataset(older, { migrations: [], to: TO }).issues[0]?.message).toBe(
      `no upgrade step from schema ${current - 1}.x to ${current}.x; this dataset cannot be upgraded automatically`,
    );
    expect(upgradeDataset({ meta: { schemaVersion: 'one' } }).issues[0]?.message).toContain(
      'must be a semver version',
    );
    expect(upgradeDataset('nope').ok).toBe(false);
  });
});
