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

describe('diffDatasets: the bump policy field by field', () => {
  it('a renamed record is compared with its successor, and references that follow the rename are patches', () => {
    const next = sampleDataset();
    const smic = next.organizations.find((record) => record.id === 'org:smic')!;
    smic.id = 'org:smic-corp';
    smic.name = 'SMIC Corp';
    next.documents[0]!.publisher = 'org:smic-corp';
    next.relations[0]!.object = 'org:smic-corp';
    next.retired.push({
      id: 'org:smic',
      change: 'renamed',
      version: '2.0.0',
      replacedBy: ['org:smic-corp'],
      reason: 'the full name',
    });
    const diff = diffDatasets(sampleDataset(), next);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.retired).toEqual([
      {
        id: 'org:smic',
        change: 'renamed',
        version: '2.0.0',
        replacedBy: ['org:smic-corp'],
        reason: 'the full name',
        kind: 'organization',
      },
    ]);
    expect(diff.changed).toEqual([
      {
        id: 'org:smic-corp',
        previousId: 'org:smic',
        kind: 'organization',
        fields: [{ path: 'name', before: 'SMIC', after: 'SMIC Corp', bump: 'patch' }],
      },
      {
        id: 'doc:report',
        kind: 'document',
        fields: [{ path: 'publisher', before: 'org:smic', after: 'org:smic-corp', bump: 'patch' }],
      },
      {
        id: 'rel:qualcomm-customer-of-smic',
        kind: 'relation',
        // A relation end is a meaning field, but following a rename does not change the meaning.
        fields: [{ path: 'object', before: 'org:smic', after: 'org:smic-corp', bump: 'patch' }],
      },
    ]);
    expect(diff.bump).toBe('major');
    expect(diff.reasons).toEqual([
      {
        bump: 'major',
        reason: '1 id(s) renamed (listed in the ledger, so `chipwar migrate` can move consumers)',
        ids: ['org:smic'],
      },
      {
        bump: 'patch',
        reason: '3 record(s) with corrected values, text or citations',
        ids: ['org:smic-corp', 'doc:report', 'rel:qualcomm-customer-of-smic'],
      },
    ]);
  });

  it('a merged or removed id is retired, not removed, and its successor is not compared with it', () => {
    const next = sampleDataset();
    next.organizations = next.organizations.filter((record) => record.id !== 'org:qualcomm');
    next.relations = [];
    next.concepts = [];
    next.retired.push(
      { id: 'org:qualcomm', change: 'merged', version: '2.0.0', replacedBy: ['org:smic'], reason: 'one' },
      {
        id: 'concept:export-discipline',
        change: 'removed',
        version: '2.0.0',
        replacedBy: [],
        reason: 'gone',
      },
      {
        id: 'rel:qualcomm-customer-of-smic',
        change: 'removed',
        version: '2.0.0',
        replacedBy: [],
        reason: 'x',
      },
    );
    const diff = diffDatasets(sampleDataset(), next);
    expect(diff.removed).toEqual([]);
    expect(diff.retired.map((entry) => [entry.id, entry.change, entry.kind])).toEqual([
      ['org:qualcomm', 'merged', 'organization'],
      ['concept:export-discipline', 'removed', 'concept'],
      ['rel:qualcomm-customer-of-smic', 'removed', 'relation'],
    ]);
    expect(diff.changed).toEqual([]);
    expect(diff.reasons.map((reason) => reason.reason)).toEqual([
      '1 id(s) merged (listed in the ledger, so `chipwar migrate` can move consumers)',
      '2 id(s) removed (listed in the ledger, so `chipwar migrate` can move consumers)',
    ]);
  });

  it('a changed predicate, metric or relation end is a major; a new field a minor; a dropped field a patch', () => {
    const next = sampleDataset();
    next.relations[0]!.predicate = 'supplier-of';
    next.relations[0]!.subject = 'org:smic';
    next.relations[0]!.object = 'org:qualcomm';
    next.figures[0]!.metric = 'other-metric';
    next.technologies[0]!.aliases = ['memory'];
    delete next.technologies[1]!.broader;
    const diff = diffDatasets(sampleDataset(), next);
    expect(
      diff.changed.map((record) => [record.id, record.fields.map((field) => [field.path, field.bump])]),
    ).toEqual([
      ['tech:memory-chip', [['aliases', 'minor']]],
      ['tech:nand', [['broader', 'patch']]],
      ['figure:logic-threshold', [['metric', 'major']]],
      [
        'rel:qualcomm-customer-of-smic',
        [
          ['object', 'major'],
          ['predicate', 'major'],
          ['subject', 'major'],
        ],
      ],
    ]);
    expect(diff.reasons).toEqual([
      {
        bump: 'major',
        reason:
          '2 record(s) with a value’s meaning changed (figure unit or metric, relation ends or predicate)',
        ids: ['figure:logic-threshold', 'rel:qualcomm-customer-of-smic'],
      },
      { bump: 'minor', reason: '1 record(s) with new fields on existing records', ids: ['tech:memory-chip'] },
      { bump: 'patch', reason: '1 record(s) with corrected values, text or citations', ids: ['tech:nand'] },
    ]);
    const text = formatDiff(diff);
    expect(text).toContain('\n    patch  broader: "tech:memory-chip" → (none)\n');
    expect(text).toContain('\n    minor  aliases: (none) → ["memory"]\n');
    expect(text).toContain('\n  minor  1 record(s) with new fields on existing records: tech:memory-chip\n');
  });

  it('compares arrays item by item, and nested objects key by key in order', () => {
    const next = sampleDataset();
    next.events[0]!.participants = ['country:us'];
    next.figures[3]!.range = { min: 2e10, max: 1e11 };
    const diff = diffDatasets(sampleDataset(), next);
    expect(diff.changed.flatMap((record) => record.fields)).toEqual([
      { path: 'participants[1]', before: 'country:cn', after: undefined, bump: 'patch' },
      { path: 'range.min', before: 1e10, after: 2e10, bump: 'patch' },
    ]);
  });

  it('a new schema major version is a major, a new schema minor is not', () => {
    const next = sampleDataset();
    next.meta.schemaVersion = '2.0.0';
    const diff = diffDatasets(sampleDataset(), next);
    expect(diff.from).toEqual({ datasetVersion: '1.0.0', schemaVersion: '1.0.0' });
    expect(diff.to).toEqual({ datasetVersion: '1.0.0', schemaVersion: '2.0.0' });
    expect(diff.reasons).toEqual([
      { bump: 'major', reason: 'schema 1.0.0 → 2.0.0 is a new major version', ids: ['meta.schemaVersion'] },
    ]);
    next.meta.schemaVersion = '1.1.0';
    expect(diffDatasets(sampleDataset(), next).bump).toBe('none');
  });
});

describe('formatDiff', () => {
  it('writes the heading, the reasons, the retired ids and every changed field', () => {
    const next = sampleDataset();
    next.meta.datasetVersion = '1.1.0';
    for (let index = 1; index <= 9; index++) {
      next.concepts.push({ ...next.concepts[0]!, id: `concept:new-${index}`, name: `new ${index}` });
    }
    next.countries = next.countries.filter((record) => record.id !== 'country:us');
    next.retired.push({
      id: 'country:us',
      change: 'removed',
      version: '2.0.0',
      replacedBy: [],
      reason: 'out',
    });
    next.figures[0]!.asWritten = 'x'.repeat(200);
    const text = formatDiff(diffDatasets(sampleDataset(), next));
    expect(text).toBe(
      [
        'dataset 1.0.0 → 1.1.0: requires a major release',
        '  major  1 id(s) removed (listed in the ledger, so `chipwar migrate` can move consumers): country:us',
        // Largest bump first.
        '  minor  9 record(s) added: concept:new-1, concept:new-2, concept:new-3, concept:new-4, concept:new-5, concept:new-6, concept:new-7, concept:new-8, …',
        '  patch  1 record(s) with corrected values, text or citations: figure:logic-threshold',
        '',
        'retired ids:',
        '  country:us removed (out)',
        '',
        'changed records:',
        '  figure:logic-threshold',
        `    patch  asWritten: "16nm" → ${JSON.stringify('x'.repeat(200)).slice(0, 100)}`,
        '',
      ].join('\n'),
    );
  });
});
