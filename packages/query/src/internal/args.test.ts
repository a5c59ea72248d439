import { describe, expect, it } from 'vitest';
import {
  matchOf,
  overlaps,
  requireBoolean,
  requireInteger,
  requireOneOf,
  requireOptions,
  requireRange,
  requireString,
} from './args.ts';

// The message of the ArgumentError `run` throws.
const messageOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an ArgumentError');
};

describe('requireString', () => {
  it('takes a string of exactly the longest length, and refuses one character more', () => {
    expect(requireString('f', 'text', 'abc', 'x', 3)).toBe('abc');
    expect(messageOf(() => requireString('f', 'text', 'abcd', 'x', 3))).toBe(
      'f: text must be at most 3 characters; received "abcd"',
    );
    expect(messageOf(() => requireString('f', 'text', 'x'.repeat(1001), 'x', 1000))).toMatch(
      /^f: text must be at most 1,000 characters; /,
    );
  });

  it('refuses an empty string or a non-string, with the example', () => {
    expect(messageOf(() => requireString('f', 'text', '', 'big fund'))).toBe(
      'f: text must be a non-empty string such as "big fund"; received ""',
    );
  });
});

describe('requireOptions', () => {
  it('takes undefined as no options and refuses what is not a plain object', () => {
    expect(requireOptions('f', undefined, ['a'])).toEqual({});
    for (const value of [null, [], 'a', 3]) {
      expect(messageOf(() => requireOptions('f', value, ['depth', 'limit']))).toMatch(
        /^f: options must be an object with any of depth, limit; received /,
      );
    }
  });

  it('names the unknown option and suggests the one nearest', () => {
    expect(messageOf(() => requireOptions('f', { Depth: 1 }, ['depth', 'limit']))).toBe(
      'f: an option name must be one of depth, limit; received "Depth"; did you mean depth?',
    );
    // One suggestion at most, even when two are equally near.
    expect(messageOf(() => requireOptions('f', { to: 1 }, ['from', 'td', 'te']))).toMatch(
      /; did you mean (td|te)\?$/,
    );
  });
});

describe('requireOneOf', () => {
  it('suggests the value whatever its case, and nothing for a non-string', () => {
    expect(messageOf(() => requireOneOf('f', 'unit', 'usd', ['USD', 'CNY']))).toBe(
      'f: unit must be one of USD, CNY; received "usd"; did you mean USD?',
    );
    expect(messageOf(() => requireOneOf('f', 'unit', 3, ['USD', 'CNY']))).toBe(
      'f: unit must be one of USD, CNY; received the number 3',
    );
    expect(requireOneOf('f', 'unit', undefined, ['USD'])).toBeUndefined();
    expect(requireOneOf('f', 'unit', 'USD', ['USD'])).toBe('USD');
  });
});

describe('requireBoolean', () => {
  it('returns the boolean or undefined, and refuses anything else', () => {
    expect(requireBoolean('f', 'prefix', false)).toBe(false);
    expect(requireBoolean('f', 'prefix', true)).toBe(true);
    expect(requireBoolean('f', 'prefix', undefined)).toBeUndefined();
    expect(messageOf(() => requireBoolean('f', 'prefix', 'no'))).toBe(
      'f: prefix must be true or false; received "no"',
    );
  });
});

describe('requireInteger', () => {
  it('takes both bounds and refuses one past either', () => {
    expect(requireInteger('f', 'limit', 1, 1, 100)).toBe(1);
    expect(requireInteger('f', 'limit', 100, 1, 100)).toBe(100);
    const expected = 'f: limit must be a whole number from 1 to 1,000; received';
    expect(messageOf(() => requireInteger('f', 'limit', 0, 1, 1000))).toBe(`${expected} the number 0`);
    expect(messageOf(() => requireInteger('f', 'limit', 1001, 1, 1000))).toBe(`${expected} the number 1001`);
    expect(messageOf(() => requireInteger('f', 'limit', 1.5, 1, 1000))).toBe(`${expected} the number 1.5`);
    expect(messageOf(() => requireInteger('f', 'limit', '5', 1, 1000))).toBe(`${expected} "5"`);
  });
});

describe('requireRange', () => {
  it('reads years and months as their first day (from) and their last day (to)', () => {
    expect(requireRange('f', { from: '2018', to: '2018' })).toEqual({
      from: '2018-01-01',
      to: '2018-12-31',
      match: 'certain',
    });
    expect(requireRange('f', { from: '2020-02', to: '2020-02' })).toEqual({
      from: '2020-02-01',
      to: '2020-02-29',
      match: 'certain',
    });
    expect(requireRange('f', { to: '2021-02' })?.to).toBe('2021-02-28');
  });

  it('takes months 01 and 12 and refuses 00 and 13, saying there is no such month', () => {
    expect(requireRange('f', { from: '2020-01' })?.from).toBe('2020-01-01');
    expect(requireRange('f', { to: '2020-12' })?.to).toBe('2020-12-31');
    for (const month of ['2020-00', '2020-13', '2021-02-29']) {
      expect(messageOf(() => requireRange('f', { from: month }))).toMatch(
        / \(there is no such month or day\); received "/,
      );
    }
    expect(messageOf(() => requireRange('f', { from: '2020-1' }))).toMatch(
      / \(for another EDTF date, pass describeEdtf\(text\)\.value from @chipwar\/schema\); received "2020-1"$/,
    );
    expect(messageOf(() => requireRange('f', { from: 'x2020-01' }))).toMatch(/for another EDTF date/);
    expect(messageOf(() => requireRange('f', { from: '2020-01-011' }))).toMatch(/for another EDTF date/);
  });

  it('takes a day as it is, and the same day as both bounds', () => {
    expect(requireRange('f', { from: '2020-03-04', to: '2020-03-04' })).toEqual({
      from: '2020-03-04',
      to: '2020-03-04',
      match: 'certain',
    });
    expect(messageOf(() => requireRange('f', { from: '2020-03-05', to: '2020-03-04' }))).toBe(
      'f: to must be a bound on or after from (2020-03-05); received "2020-03-04"',
    );
  });

  it('is undefined without bounds, whatever the match', () => {
    expect(requireRange('f', {})).toBeUndefined();
    expect(requireRange('f', { match: 'possible' })).toBeUndefined();
    expect(requireRange('f', { from: '2020', match: 'possible' })).toEqual({
      from: '2020-01-01',
      to: undefined,
      match: 'possible',
    });
    expect(requireRange('f', { to: '2020' })).toEqual({
      from: undefined,
      to: '2020-12-31',
      match: 'certain',
    });
  });

  it('reads a date object by its start (from) or end (to)', () => {
    const date = { start: '2019-05-01', end: '2019-05-31' };
    expect(requireRange('f', { from: date, to: date })).toEqual({
      from: '2019-05-01',
      to: '2019-05-31',
      match: 'certain',
    });
    expect(messageOf(() => requireRange('f', { from: { start: '2019-02-30' } }))).toBe(
      'f: from.start must be a day "YYYY-MM-DD"; received "2019-02-30"',
    );
    expect(messageOf(() => requireRange('f', { from: { start: '12019-01-01' } }))).toBe(
      'f: from.start must be a day of the years 0000 to 9999; received "12019-01-01"',
    );
    expect(messageOf(() => requireRange('f', { to: { end: '-0044-03-15' } }))).toBe(
      'f: to.end must be a day of the years 0000 to 9999; received "-0044-03-15"',
    );
    // Longer than any day of a five-digit year: not a day at all.
    expect(messageOf(() => requireRange('f', { to: { end: '-120190-01-01' } }))).toBe(
      'f: to.end must be a day "YYYY-MM-DD"; received "-120190-01-01"',
    );
    expect(messageOf(() => requireRange('f', { to: { end: 'x2019-01-01' } }))).toBe(
      'f: to.end must be a day "YYYY-MM-DD"; received "x2019-01-01"',
    );
    expect(messageOf(() => requireRange('f', { to: { end: null } }))).toBe(
      "f: to must be a date with a known end day (this one's end is open or unknown); received an object",
    );
    expect(messageOf(() => requireRange('f', { from: {} }))).toBe(
      "f: from must be a date with a known start day (this one's start is missing); received an object",
    );
    expect(messageOf(() => requireRange('f', { from: ['2019'] }))).toMatch(
      /^f: from must be a calendar date /,
    );
  });
});

describe('overlaps and matchOf', () => {
  it('counts a shared first or last day as overlapping', () => {
    expect(overlaps('2020-01-01', '2020-01-31', '2020-01-31', undefined)).toBe(true);
    expect(overlaps('2020-01-01', '2020-01-31', undefined, '2020-01-01')).toBe(true);
    expect(overlaps('2020-01-01', '2020-01-31', '2020-02-01', undefined)).toBe(false);
    expect(overlaps('2020-01-01', '2020-01-31', undefined, '2019-12-31')).toBe(false);
  });

  it('open ends reach forever', () => {
    expect(overlaps('2020-01-01', null, '2030-01-01', undefined)).toBe(true);
    expect(overlaps(null, '2020-01-01', undefined, '1990-01-01')).toBe(true);
    expect(overlaps(null, null, '2030-01-01', '2030-12-31')).toBe(true);
  });

  it('a date that fills the range exactly is certain; one that crosses a bound, or is open, is possible', () => {
    expect(matchOf('2020-01-01', '2020-12-31', '2020-01-01', '2020-12-31')).toBe('certain');
    expect(matchOf('2019-12-31', '2020-12-31', '2020-01-01', '2020-12-31')).toBe('possible');
    expect(matchOf('2020-01-01', '2021-01-01', '2020-01-01', '2020-12-31')).toBe('possible');
    expect(matchOf(null, '2020-06-01', '2020-01-01', undefined)).toBe('possible');
    expect(matchOf('2020-06-01', null, undefined, '2020-12-31')).toBe('possible');
    expect(matchOf(null, null, undefined, undefined)).toBe('certain');
    expect(matchOf('2021-01-01', '2021-01-02', '2020-01-01', '2020-12-31')).toBeUndefined();
  });
});
