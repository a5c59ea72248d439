import { dataset } from '@chipwar/dataset';
import { describe, expect, it } from 'vitest';
import {
  extentOf,
  overlaps,
  place,
  type RangeDate,
  rangeOf,
  ticks,
  yearFraction,
} from './timeline-layout.ts';

const date = (
  edtf: string,
  start: string | null,
  end: string | null,
  precision: string,
  approximate = false,
): RangeDate => ({
  edtf,
  start,
  end,
  precision,
  approximate,
  uncertain: false,
});
const extent = { from: 1900, to: 2030 };

describe('yearFraction', () => {
  it('counts days from the first of January', () => {
    expect(yearFraction('2018-01-01')).toBe(2018);
    expect(yearFraction('2019-07-02')).toBeCloseTo(2019 + 182 / 365, 10);
    expect(yearFraction('2020-12-31')).toBeCloseTo(2020 + 365 / 366, 10);
  });
  it('refuses what is not a day', () => {
    expect(() => yearFraction('2018')).toThrow(RangeError);
  });
});

describe('rangeOf', () => {
  it('draws a day known exactly as a point with firm edges', () => {
    const range = rangeOf(date('2022-10-07', '2022-10-07', '2022-10-07', 'day'), extent);
    expect(range).toMatchObject({ shape: 'point', fadeStart: false, fadeEnd: false, openStart: false });
    expect(range.end).toBeGreaterThan(range.start);
  });
  it('draws a date known to the year as the whole year, faded at both ends', () => {
    const range = rangeOf(date('2018', '2018-01-01', '2018-12-31', 'year'), extent);
    expect(range).toMatchObject({ shape: 'within', fadeStart: true, fadeEnd: true });
    expect(range.start).toBe(2018);
    expect(range.end).toBeCloseTo(2019, 10);
  });
  it('keeps the given ends of an interval firm, unless they are approximate', () => {
    expect(rangeOf(date('2021/2025', '2021-01-01', '2025-12-31', 'year'), extent)).toMatchObject({
      shape: 'span',
      fadeStart: false,
      fadeEnd: false,
    });
    expect(rangeOf(date('2021~/2025~', '2021-01-01', '2025-12-31', 'year', true), extent)).toMatchObject({
      fadeStart: true,
      fadeEnd: true,
    });
  });
  it('runs an open start to the start of the axis, faded there only', () => {
    const range = rangeOf(date('../2018', null, '2018-12-31', 'year'), extent);
    expect(range).toMatchObject({
      start: 1900,
      openStart: true,
      fadeStart: true,
      openEnd: false,
      fadeEnd: false,
    });
  });
  it('runs an open end to the end of the axis, faded there only', () => {
    const range = rangeOf(date('2023-05-03/..', '2023-05-03', null, 'year'), extent);
    expect(range).toMatchObject({ end: 2030, openEnd: true, fadeEnd: true, fadeStart: false });
  });
});

describe('place', () => {
  it('places a range in percent of the view', () => {
    const placed = place({ start: 2018, end: 2019 }, { from: 2010, to: 2030 });
    expect(placed?.left).toBeCloseTo(40, 10);
    expect(placed?.width).toBeCloseTo(5, 10);
  });
  it('clips a range that runs past the view, and says so', () => {
    expect(place({ start: 1900, end: 2018.5 }, { from: 2018, to: 2019 })).toMatchObject({
      left: 0,
      width: 50,
      clippedStart: true,
      clippedEnd: false,
    });
  });
  it('leaves out a range wholly outside the view', () => {
    expect(place({ start: 2015, end: 2016 }, { from: 2018, to: 2019 })).toBeUndefined();
    expect(overlaps({ start: 2017, end: 2018 }, { from: 2018, to: 2019 })).toBe(false);
  });
});

describe('ticks', () => {
  it('labels the months of a single year', () => {
    expect(ticks({ from: 2018, to: 2019 }).map((tick) => tick.label)).toEqual([
      '2018',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
  });
  it('never carries more than 16 labels', () => {
    for (const view of [
      { from: 1900, to: 2030 },
      { from: 2014, to: 2028 },
      { from: 2000, to: 2003 },
    ])
      expect(ticks(view).length).toBeLessThanOrEqual(16);
  });
});

describe('the shipped events', () => {
  const events = dataset.events;
  const full = extentOf(events.map((event) => event.date));

  it('every event is drawn in the full view, open and vague dates included', () => {
    for (const event of events) {
      const placed = place(rangeOf(event.date, full), full);
      expect(placed, event.id).toBeDefined();
      expect(placed?.left, event.id).toBeGreaterThanOrEqual(0);
      expect((placed?.left ?? 0) + (placed?.width ?? 0), event.id).toBeLessThanOrEqual(100 + 1e-9);
    }
  });
  it('every open end is faded on its open side', () => {
    const open = events.filter((event) => event.date.start === null || event.date.end === null);
    expect(open.length).toBeGreaterThan(0);
    for (const event of open) {
      const range = rangeOf(event.date, full);
      if (event.date.start === null) expect(range.fadeStart, event.id).toBe(true);
      if (event.date.end === null) expect(range.fadeEnd, event.id).toBe(true);
    }
  });
});
