import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchOf, overlaps } from '../internal/args.ts';
import { compareDated, type Dated, MAX_DAY, MIN_DAY, TimelineIndex } from './timeline.ts';

type Entry = { id: string };

const day = (offset: number) =>
  new Date(Date.UTC(1900, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

// Entries from a day to a century long, some open at either end or both.
const datedArbitrary = fc
  .record({
    start: fc.option(fc.integer({ min: 0, max: 45_000 }), { nil: null }),
    length: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40_000 })),
    openEnd: fc.boolean(),
  })
  .map(({ start, length, openEnd }) => ({ start, length, openEnd }));

function build(specs: { start: number | null; length: number; openEnd: boolean }[]): Dated<Entry>[] {
  return specs.map((spec, index) => ({
    entry: { id: `event:e-${index}` },
    start: spec.start === null ? MIN_DAY : day(spec.start),
    end: spec.openEnd ? MAX_DAY : day((spec.start ?? 30_000) + spec.length),
    position: 0,
  }));
}

describe('TimelineIndex', () => {
  it('finds exactly the overlapping entries, or those certainly within, in timeline order, for any spans (property)', () => {
    fc.assert(
      fc.property(
        fc.array(datedArbitrary, { maxLength: 200 }),
        fc.option(fc.integer({ min: 0, max: 46_000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 3_000 }), { nil: undefined }),
        (specs, fromOffset, width) => {
          const items = build(specs);
          const index = new TimelineIndex(items);
          const from = fromOffset === undefined ? undefined : day(fromOffset);
          const to = width === undefined ? undefined : day((fromOffset ?? 20_000) + width);
          const expected = [...items]
            .sort(compareDated)
            .filter((item) => overlaps(item.start, item.end, from, to))
            .map((item) => item.entry.id);
          expect(index.range(from, to).map((item) => item.entry.id)).toEqual(expected);
          // With match 'certain', exactly those wholly within the range, as matchOf says.
          const open = (value: string, openValue: string) => (value === openValue ? null : value);
          const within = [...items]
            .sort(compareDated)
            .filter(
              (item) => matchOf(open(item.start, MIN_DAY), open(item.end, MAX_DAY), from, to) === 'certain',
            )
            .map((item) => item.entry.id);
          expect(index.range(from, to, 'certain').map((item) => item.entry.id)).toEqual(within);
          // among() gives the same entries, restricted to the ids asked for.
          const some = items.filter((_, i) => i % 3 === 0).map((item) => item.entry.id);
          expect(index.among(some, from, to).map((item) => item.entry.id)).toEqual(
            expected.filter((id) => some.includes(id)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('TimelineIndex, certain matches', () => {
  it('takes an entry open at one end only when the range is open on that side', () => {
    const index = new TimelineIndex<Entry>([
      { entry: { id: 'event:until-2020' }, start: MIN_DAY, end: '2020-06-30', position: 0 },
      { entry: { id: 'event:since-2021' }, start: '2021-01-01', end: MAX_DAY, position: 0 },
      { entry: { id: 'event:undated' }, start: MIN_DAY, end: MAX_DAY, position: 0 },
      { entry: { id: 'event:in-2020' }, start: '2020-03-01', end: '2020-03-31', position: 0 },
    ]);
    const ids = (items: Dated<Entry>[]) => items.map((item) => item.entry.id);
    expect(ids(index.range('2020-01-01', '2021-12-31', 'certain'))).toEqual(['event:in-2020']);
    expect(ids(index.range(undefined, '2020-12-31', 'certain'))).toEqual([
      'event:in-2020',
      'event:until-2020',
    ]);
    expect(ids(index.range('2020-01-01', undefined, 'certain'))).toEqual([
      'event:in-2020',
      'event:since-2021',
    ]);
    expect(ids(index.range(undefined, '2020-05-31', 'certain'))).toEqual(['event:in-2020']);
    expect(ids(index.range(undefined, undefined, 'certain'))).toHaveLength(4);
  });
});

describe('compareDated', () => {
  const item = (id: string, start: string, end: string): Dated<Entry> => ({
    entry: { id },
    start,
    end,
    position: 0,
  });

  it('orders by first day, open starts last, then by last day, then by id', () => {
    const items = [
      item('event:open-both', MIN_DAY, MAX_DAY),
      item('event:before-2027', MIN_DAY, '2027-12-31'),
      item('event:2022-open-end', '2022-01-01', MAX_DAY),
      item('event:b-2022', '2022-01-01', '2022-12-31'),
      item('event:a-2022', '2022-01-01', '2022-12-31'),
      item('event:2018', '2018-04-01', '2018-04-30'),
      item('event:before-2019', MIN_DAY, '2019-12-31'),
    ];
    expect(items.sort(compareDated).map((entry) => entry.entry.id)).toEqual([
      'event:2018',
      'event:a-2022',
      'event:b-2022',
      'event:2022-open-end',
      'event:before-2019',
      'event:before-2027',
      'event:open-both',
    ]);
  });
});

describe('TimelineIndex at the edges of its scan windows', () => {
  const entry = (id: string, start: string, end: string): Dated<Entry> => ({
    entry: { id },
    start,
    end,
    position: 0,
  });
  const ids = (found: Dated<Entry>[]) => found.map((item) => item.entry.id);

  it('finds an entry that ends on the first day of the range, at the longest span of its class', () => {
    // Both spans round up to the same power of two (17 and 30 days); the longer one comes second.
    const index = new TimelineIndex([
      entry('event:short', '2020-01-01', '2020-01-18'),
      entry('event:long', '2020-02-01', '2020-03-02'),
    ]);
    expect(ids(index.range('2020-03-02', undefined))).toEqual(['event:long']);
    expect(ids(index.range('2020-01-18', '2020-01-18'))).toEqual(['event:short']);
    expect(ids(index.range('2020-03-03', undefined))).toEqual([]);
  });

  it('finds an open-start entry that ends on the first day of the range, and an open-end one that starts on its last', () => {
    const index = new TimelineIndex([
      entry('event:until-2020', MIN_DAY, '2020-06-30'),
      entry('event:since-2021', '2021-01-01', MAX_DAY),
    ]);
    expect(ids(index.range('2020-06-30', '2020-12-31'))).toEqual(['event:until-2020']);
    expect(ids(index.range('2020-07-01', '2020-12-31'))).toEqual([]);
    expect(ids(index.range('2020-07-01', '2021-01-01'))).toEqual(['event:since-2021']);
  });
});
