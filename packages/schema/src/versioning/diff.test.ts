import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../test/sample-dataset.ts';
import { diffDatasets, formatDiff } from '../versioning.ts';

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
    // The next build still carries the released version: the heading names the version it leads to.
    expect(text.split('\n')[0]).toBe(
      `dataset ${next.meta.datasetVersion} → ${Number(next.meta.datasetVersion.split('.')[0]) + 1}.0.0 (unreleased): requires a major release`,
    );
    next.meta.datasetVersion = '9.0.0';
    expect(formatDiff(diffDatasets(sampleDataset(), next)).split('\n')[0]).toContain('→ 9.0.0: requires');
    expect(text).toContain('tech:nand renamed → tech:nand-flash (clearer)');
    expect(text).toContain('major  unit: "nanometer" → "layer"');
  });
});
