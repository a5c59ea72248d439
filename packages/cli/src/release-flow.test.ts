// The whole release flow on fixtures: release v1; v2 renames an id, removes one, corrects a value
// and adds a record; the diff reports each and requires a major; the CI check fails with a minor
// changeset and passes with a major one; resolveId and get follow the rename; migrate rewrites a
// consumer file once; upgradeDataset lifts the v1 file to the current schema.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createQuery } from '@chipwar/query/create';
import { type Dataset, SCHEMA_VERSION, upgradeDataset } from '@chipwar/schema';
import { diffDatasets } from '@chipwar/schema/versioning';
import { renameEverywhere } from '@chipwar/vitest-config/fixtures';
import { describe, expect, it } from 'vitest';

const bin = new URL('../dist/cli.cjs', import.meta.url).pathname;
const datasetPackage = new URL('../../dataset/', import.meta.url).pathname;
const shipped = JSON.parse(readFileSync(join(datasetPackage, 'dist/dataset.json'), 'utf8')) as Dataset;

describe('a release, from v1 to v2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chipwar-release-'));
  const v1: Dataset = { ...structuredClone(shipped), meta: { ...shipped.meta, datasetVersion: '1.0.0' } };
  mkdirSync(join(dir, 'releases'));
  writeFileSync(join(dir, 'releases', '1.0.0.json'), JSON.stringify(v1));

  const json = JSON.stringify(v1);
  const unreferenced = v1.concepts.find((concept) => json.split(`"${concept.id}"`).length === 2);
  if (!unreferenced) throw new Error('the fixture needs a concept that nothing refers to');
  let v2 = renameEverywhere(structuredClone(v1), 'org:smic', 'org:smic-foundry');
  v2.meta.datasetVersion = '2.0.0';
  v2.organizations.sort((a, b) => (a.id < b.id ? -1 : 1));
  v2 = { ...v2, concepts: v2.concepts.filter((concept) => concept.id !== unreferenced.id) };
  const corrected = v2.figures.find((figure) => figure.id === 'figure:zte-fine-2017');
  if (corrected) corrected.value = 1_250_000_000;
  v2.concepts.push({ ...structuredClone(unreferenced), id: 'concept:added-in-v2', name: 'added in v2' });
  v2.retired = [
    {
      id: 'org:smic',
      change: 'renamed',
      version: '2.0.0',
      replacedBy: ['org:smic-foundry'],
      reason: 'fixture rename',
    },
    { id: unreferenced.id, change: 'removed', version: '2.0.0', replacedBy: [], reason: 'fixture removal' },
  ];
  const v2File = join(dir, 'v2.json');
  writeFileSync(v2File, JSON.stringify(v2));

  it('the diff reports the rename, the removal, the correction and the addition, and requires a major', () => {
    const diff = diffDatasets(v1, v2);
    expect(diff.retired.map((entry) => [entry.id, entry.change])).toEqual([
      ['org:smic', 'renamed'],
      [unreferenced.id, 'removed'],
    ]);
    expect(diff.added).toEqual([{ id: 'concept:added-in-v2', kind: 'concept' }]);
    expect(diff.changed.find((record) => record.id === 'figure:zte-fine-2017')?.fields).toEqual([
      { path: 'value', before: 1_200_000_000, after: 1_250_000_000, bump: 'patch' },
    ]);
    expect(diff.bump).toBe('major');
    expect(diff.reasons.map((reason) => reason.bump)).toEqual(['major', 'major', 'minor', 'patch']);
  });

  it('the CI check fails with a minor changeset and passes with a major one', () => {
    const check = (bump: string) => {
      const root = mkdtempSync(join(tmpdir(), 'changesets-'));
      mkdirSync(join(root, '.changeset'));
      writeFileSync(
        join(root, '.changeset', 'data.md'),
        `---\n"@chipwar/dataset": ${bump}\n---\n\nData changes.\n`,
      );
      return spawnSync(
        'npx',
        [
          'tsx',
          '--conditions=@chipwar/source',
          'scripts/check-version-bump.ts',
          '--current',
          v2File,
          '--changesets',
          root,
        ],
        {
          cwd: datasetPackage,
          encoding: 'utf8',
          env: { ...process.env, CHIPWAR_RELEASES_DIR: join(dir, 'releases') },
        },
      );
    };
    const minor = check('minor');
    expect(minor.status).toBe(1);
    expect(minor.stderr).toContain(
      'require a major release of @chipwar/dataset, but the pending changesets declare minor',
    );
    const major = check('major');
    expect(major.stderr).toBe('');
    expect(major.status).toBe(0);
  });

  it('resolveId and get follow the rename', () => {
    const q = createQuery(v2);
    expect(q.resolveId('org:smic')).toMatchObject({ id: 'org:smic-foundry', retired: true });
    expect(q.get('org:smic').id).toBe('org:smic-foundry');
    expect(q.find(unreferenced.id)).toBeUndefined();
  });

  it('migrate rewrites a consumer file, and a second run changes nothing', () => {
    const consumer = join(dir, 'app.ts');
    writeFileSync(consumer, "const smic = get('org:smic');\n");
    const run = () =>
      spawnSync(process.execPath, [bin, '--dataset', v2File, 'migrate', consumer], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
    expect(run().stdout).toContain('replaced 1 retired id(s) in 1 file(s); 0 refused');
    expect(readFileSync(consumer, 'utf8')).toBe("const smic = get('org:smic-foundry');\n");
    expect(run().stdout).toContain('replaced 0 retired id(s) in 0 file(s); 0 refused');
  });

  it('upgradeDataset lifts the v1 file to the current schema', () => {
    const result = upgradeDataset(JSON.parse(readFileSync(join(dir, 'releases', '1.0.0.json'), 'utf8')));
    expect(result.issues).toEqual([]);
    expect(result.data?.meta.schemaVersion).toBe(SCHEMA_VERSION);
  });
});
