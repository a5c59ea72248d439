import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { type SchemaMigration, upgradeDataset } from '../index.ts';

// The sample dataset says schema 1.0.0; these tests upgrade to a pretend current 2.1.0.
const TO = '2.1.0';

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

describe('upgradeDataset: failures, where and why', () => {
  const older = () => {
    const data = sampleDataset();
    data.meta.schemaVersion = '1.2.0';
    return data;
  };

  it('a step that throws: the step, the reason, and the steps done before it', () => {
    const steps: SchemaMigration[] = [
      { from: 0, description: 'first', migrate: (data) => data },
      {
        from: 1,
        description: 'second',
        migrate: () => {
          throw new Error('boom');
        },
      },
    ];
    const zero = older();
    zero.meta.schemaVersion = '0.9.0';
    expect(upgradeDataset(zero, { migrations: steps, to: TO })).toEqual({
      ok: false,
      data: undefined,
      steps: ['0.x → 1.x: first'],
      issues: [
        {
          path: ['meta', 'schemaVersion'],
          at: 'meta.schemaVersion',
          code: 'invalid-value',
          message: 'the step from schema 1.x to 2.x failed: boom',
        },
      ],
    });
  });

  it('what is not a dataset object: the whole input', () => {
    for (const input of ['nope', null, [], { meta: 'x' }, { meta: [] }]) {
      expect(upgradeDataset(input, { to: TO })).toEqual({
        ok: false,
        data: undefined,
        steps: [],
        issues: [
          {
            path: [],
            at: '(root)',
            code: 'invalid-value',
            message: 'expected a dataset object with meta.schemaVersion',
          },
        ],
      });
    }
  });

  it('an upgraded dataset that does not validate: its issues, with the steps taken', () => {
    const steps: SchemaMigration[] = [
      { from: 1, description: 'drops every figure value', migrate: (data) => ({ ...data, figures: [{}] }) },
    ];
    const result = upgradeDataset(older(), { migrations: steps, to: TO });
    expect(result.ok).toBe(false);
    expect(result.data).toBeUndefined();
    expect(result.steps).toEqual(['1.x → 2.x: drops every figure value']);
    expect(result.issues.some((issue) => issue.at.startsWith('figures[0].'))).toBe(true);
  });

  it('a step that leaves meta out fails validation rather than throwing', () => {
    const steps: SchemaMigration[] = [
      {
        from: 1,
        description: 'loses meta',
        migrate: ({ meta: _meta, ...rest }) => ({ ...rest, meta: 'gone' }),
      },
    ];
    const result = upgradeDataset(older(), { migrations: steps, to: TO });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.path).toEqual(['meta']);
  });

  it('a current dataset comes back ok, with its data and no issues', () => {
    const same = older();
    same.meta.schemaVersion = '2.0.0';
    const result = upgradeDataset(same, { to: TO });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });
});
