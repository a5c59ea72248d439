import { describe, expect, it } from 'vitest';
import type { RetiredId } from '../index.ts';
import { Ledger, retiredInMajorOf } from '../versioning.ts';

const entry = (
  id: string,
  change: RetiredId['change'],
  replacedBy: string[],
  version = '2.0.0',
): RetiredId => ({
  id,
  change,
  version,
  replacedBy,
  reason: `why ${id}`,
});

const live = new Set(['org:smic', 'tech:dram', 'tech:nand']);
const isLive = (id: string) => live.has(id);

describe('Ledger.resolve', () => {
  const ledger = new Ledger([
    entry('org:smic-corp', 'renamed', ['org:smic-international']),
    entry('org:smic-international', 'renamed', ['org:smic']),
    entry('tech:memory', 'split', ['tech:dram', 'tech:nand', 'tech:gone']),
    entry('concept:gone', 'removed', []),
  ]);

  it('a live id stands for itself', () => {
    expect(ledger.resolve('org:smic', isLive)).toEqual({
      requested: 'org:smic',
      id: 'org:smic',
      retired: false,
      chain: [],
      candidates: [],
    });
  });

  it('follows a chain of renames to the live id, with every entry on the way', () => {
    const resolved = ledger.resolve('org:smic-corp', isLive);
    expect(resolved?.id).toBe('org:smic');
    expect(resolved?.retired).toBe(true);
    expect(resolved?.chain.map((step) => step.id)).toEqual(['org:smic-corp', 'org:smic-international']);
  });

  it('a split gives its live parts as candidates; a removal gives nothing', () => {
    expect(ledger.resolve('tech:memory', isLive)).toMatchObject({
      id: undefined,
      candidates: ['tech:dram', 'tech:nand'],
    });
    expect(ledger.resolve('concept:gone', isLive)).toMatchObject({
      id: undefined,
      retired: true,
      candidates: [],
    });
  });

  it('an id that is neither live nor retired resolves to undefined', () => {
    expect(ledger.resolve('org:never', isLive)).toBeUndefined();
    expect(ledger.has('org:never')).toBe(false);
    expect(ledger.entry('concept:gone')?.change).toBe('removed');
    expect([...ledger.ids()]).toHaveLength(4);
  });

  it('stops at a loop instead of walking forever', () => {
    const looped = new Ledger([entry('org:a', 'renamed', ['org:b']), entry('org:b', 'renamed', ['org:a'])]);
    expect(looped.resolve('org:a', isLive)).toMatchObject({ id: undefined, retired: true });
    expect(looped.resolve('org:a', isLive)?.chain).toHaveLength(2);
  });
});

describe('Ledger.problems', () => {
  it('finds every inconsistency, by entry', () => {
    const ledger = new Ledger([
      entry('org:smic', 'removed', []),
      entry('org:typo', 'renamed', ['org:smiic']),
      entry('org:half', 'split', ['tech:dram']),
      entry('org:a', 'renamed', ['org:b']),
      entry('org:b', 'renamed', ['org:a']),
      entry('org:into-loop', 'renamed', ['org:a']),
      entry('org:twice', 'removed', []),
      entry('org:twice', 'removed', []),
      entry('org:two', 'renamed', ['org:smic', 'tech:dram']),
    ]);
    expect(
      ledger.problems(isLive).map((problem) => [problem.index, problem.path.join('.'), problem.code]),
    ).toEqual([
      [0, 'id', 'retired-id-live'],
      [1, 'replacedBy.0', 'unknown-replacement'],
      [2, 'replacedBy', 'replacement-count'],
      [3, 'replacedBy', 'retirement-cycle'],
      [4, 'replacedBy', 'retirement-cycle'],
      [5, 'replacedBy', 'retirement-cycle'],
      [7, 'id', 'duplicate-id'],
      [8, 'replacedBy', 'replacement-count'],
    ]);
    const [live0, unknown, count] = ledger.problems(isLive);
    expect(live0?.message).toBe('org:smic is retired, but a live record still has this id');
    expect(unknown?.message).toBe(
      'org:typo is replaced by org:smiic, which is neither a live id nor a retired one',
    );
    expect(count?.message).toBe('a split id takes at least 2 replacement(s); received 1');
    expect(ledger.problems(isLive).find((problem) => problem.index === 5)?.message).toBe(
      'the replacements of org:into-loop lead back to org:a',
    );
    expect(ledger.problems(isLive).at(-1)?.message).toBe('a renamed id takes 1 replacement(s); received 2');
  });

  it('a consistent ledger has no problems', () => {
    expect(
      new Ledger([
        entry('org:old', 'renamed', ['org:smic']),
        entry('org:older', 'merged', ['org:old']),
      ]).problems(isLive),
    ).toEqual([]);
  });

  it('resolves a 20,000-step chain in linear time', () => {
    const steps = Array.from({ length: 20_000 }, (_, index) =>
      entry(`org:step-${index}`, 'renamed', [index === 19_999 ? 'org:smic' : `org:step-${index + 1}`]),
    );
    const ledger = new Ledger(steps);
    expect(ledger.problems(isLive)).toEqual([]);
    expect(ledger.resolve('org:step-0', isLive)?.id).toBe('org:smic');
  });
});

describe('retiredInMajorOf', () => {
  it('is true while the dataset is in the major version that retired the id', () => {
    expect(retiredInMajorOf({ version: '2.0.0' }, '2.7.1')).toBe(true);
    expect(retiredInMajorOf({ version: '2.0.0' }, '3.0.0')).toBe(false);
    expect(retiredInMajorOf({ version: '1.4.0' }, '2.0.0-rc.1')).toBe(false);
  });
});

describe('Ledger edge cases', () => {
  it('keeps the first entry of an id retired twice', () => {
    const ledger = new Ledger([
      { ...entry('org:twice', 'removed', []), reason: 'first' },
      { ...entry('org:twice', 'renamed', ['org:smic']), reason: 'second' },
    ]);
    expect(ledger.entry('org:twice')?.reason).toBe('first');
    expect(ledger.resolve('org:twice', isLive)).toMatchObject({ id: undefined, retired: true });
    expect([...ledger.ids()]).toEqual(['org:twice']);
    expect(ledger.has('org:twice')).toBe(true);
  });

  it('a rename to an id that is retired as removed resolves to nothing, with both entries', () => {
    const ledger = new Ledger([entry('org:a', 'renamed', ['org:b']), entry('org:b', 'removed', [])]);
    expect(ledger.resolve('org:a', isLive)).toEqual({
      requested: 'org:a',
      id: undefined,
      retired: true,
      chain: [entry('org:a', 'renamed', ['org:b']), entry('org:b', 'removed', [])],
      candidates: [],
    });
  });

  it('stops at the first live id on a chain, even one the ledger also lists', () => {
    const ledger = new Ledger([
      entry('org:old', 'renamed', ['org:smic']),
      entry('org:smic', 'renamed', ['org:elsewhere']),
    ]);
    const resolved = ledger.resolve('org:old', isLive);
    expect(resolved?.id).toBe('org:smic');
    expect(resolved?.chain.map((step) => step.id)).toEqual(['org:old']);
  });

  it('a rename to an id that is neither live nor retired resolves to nothing', () => {
    const ledger = new Ledger([entry('org:a', 'renamed', ['org:nowhere'])]);
    expect(ledger.resolve('org:a', isLive)).toMatchObject({ id: undefined, retired: true, candidates: [] });
  });

  it('states the expected number of replacements for each change', () => {
    const messages = new Ledger([
      entry('org:gone', 'removed', ['org:smic']),
      entry('org:merged', 'merged', []),
      entry('org:split', 'split', ['tech:dram', 'tech:nand']),
    ])
      .problems(isLive)
      .map((problem) => [problem.index, problem.code, problem.message]);
    expect(messages).toEqual([
      [0, 'replacement-count', 'a removed id takes 0 replacement(s); received 1'],
      [1, 'replacement-count', 'a merged id takes 1 replacement(s); received 0'],
    ]);
  });

  it('names the retired id in a duplicate, and a replacement that is only retired is known', () => {
    const problems = new Ledger([
      entry('org:twice', 'renamed', ['org:later']),
      entry('org:later', 'renamed', ['org:smic']),
      entry('org:twice', 'renamed', ['org:later']),
    ]).problems(isLive);
    expect(problems).toEqual([
      { index: 2, path: ['id'], code: 'duplicate-id', message: 'org:twice is retired twice in the ledger' },
    ]);
  });

  it('reports a rename to itself as a loop', () => {
    expect(new Ledger([entry('org:self', 'renamed', ['org:self'])]).problems(isLive)).toEqual([
      {
        index: 0,
        path: ['replacedBy'],
        code: 'retirement-cycle',
        message: 'the replacements of org:self lead back to org:self',
      },
    ]);
  });

  it('reports each unknown replacement of a split by its position', () => {
    const problems = new Ledger([entry('tech:memory', 'split', ['tech:dram', 'tech:x', 'tech:y'])]).problems(
      isLive,
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      ['replacedBy', 1],
      ['replacedBy', 2],
    ]);
  });
});
