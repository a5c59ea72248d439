import { describe, expect, it } from 'vitest';
import { type LooseDataset, pickUses, programSource } from './consumer.ts';

const rel = (id: string, subject: string, predicate: string, object: string) => ({
  id,
  kind: 'relation',
  subject,
  predicate,
  object,
});

const previous: LooseDataset = {
  meta: { datasetVersion: '1.0.0' },
  relations: [
    rel('rel:a-funds-x', 'org:a', 'funds', 'tech:x'),
    rel('rel:b-funds-x', 'org:b', 'funds', 'tech:x'),
    rel('rel:c-funds-x', 'org:c', 'funds', 'tech:x'),
    rel('rel:d-makes-y', 'org:d', 'makes', 'tech:y'),
    rel('rel:e-makes-y', 'org:e', 'makes', 'tech:y'),
    rel('rel:kept', 'org:k', 'makes', 'tech:z'),
  ],
  figures: [{ id: 'figure:gone', kind: 'figure' }],
};

const current: LooseDataset = {
  meta: { datasetVersion: '2.0.0' },
  relations: [
    rel('rel:all-fund-x', 'country:cn', 'funds', 'tech:x'),
    rel('rel:d2-develops-y', 'org:d', 'develops', 'tech:y'),
    rel('rel:e2-makes-y', 'org:e2', 'makes', 'tech:y'),
    rel('rel:kept', 'org:k', 'makes', 'tech:z'),
  ],
  retired: [
    { id: 'rel:a-funds-x', change: 'merged', version: '2.0.0', replacedBy: ['rel:all-fund-x'] },
    { id: 'rel:b-funds-x', change: 'merged', version: '2.0.0', replacedBy: ['rel:all-fund-x'] },
    { id: 'rel:c-funds-x', change: 'split', version: '2.0.0', replacedBy: ['rel:all-fund-x', 'rel:kept'] },
    // The predicate changed: the program could not print the same before and after.
    { id: 'rel:d-makes-y', change: 'renamed', version: '2.0.0', replacedBy: ['rel:d2-develops-y'] },
    { id: 'rel:e-makes-y', change: 'renamed', version: '2.0.0', replacedBy: ['rel:e2-makes-y'] },
    { id: 'figure:gone', change: 'removed', version: '2.0.0', replacedBy: [] },
    { id: 'rel:older', change: 'renamed', version: '1.0.0', replacedBy: ['rel:kept'] },
  ],
};

describe('pickUses', () => {
  it('takes renamed and merged ids of this release whose printed fields stay the same, and a live control', () => {
    expect(pickUses(previous, current).map((use) => [use.id, use.change, use.replacement])).toEqual([
      ['rel:a-funds-x', 'merged', 'rel:all-fund-x'],
      ['rel:e-makes-y', 'renamed', 'rel:e2-makes-y'],
      ['rel:b-funds-x', 'merged', 'rel:all-fund-x'],
      ['rel:kept', 'live', 'rel:kept'],
    ]);
    expect(pickUses(previous, current, 1).map((use) => use.id)).toEqual(['rel:a-funds-x', 'rel:kept']);
  });

  it('finds nothing to retire when the release retires nothing', () => {
    const same = { ...previous, meta: { datasetVersion: '1.0.1' } };
    expect(pickUses(previous, same).map((use) => use.change)).toEqual(['live']);
  });
});

describe('programSource', () => {
  it('prints the fields of each record, never its id', () => {
    const source = programSource(pickUses(previous, current, 1));
    expect(source).toContain("const record1 = get('rel:a-funds-x');");
    expect(source).toContain(
      "console.log('record 1:', JSON.stringify([record1.kind, record1.predicate, record1.object]));",
    );
    expect(source.match(/console\.log/g)).toHaveLength(2);
    expect(source).not.toMatch(/console\.log\([^)]*rel:/);
  });
});
