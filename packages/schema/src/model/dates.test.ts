import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateInputSchema, DateSchema, describeEdtf, toDateInfo } from '../index.ts';

describe('describeEdtf', () => {
  it.each([
    ['2022-10-07', '2022-10-07', '2022-10-07', 'day', false, false],
    ['2018-04', '2018-04-01', '2018-04-30', 'month', false, false],
    ['2024-02', '2024-02-01', '2024-02-29', 'month', false, false],
    ['2022', '2022-01-01', '2022-12-31', 'year', false, false],
    ['2022~', '2022-01-01', '2022-12-31', 'year', true, false],
    ['2020?', '2020-01-01', '2020-12-31', 'year', false, true],
    ['2022-06%', '2022-06-01', '2022-06-30', 'month', true, true],
    ['201X', '2010-01-01', '2019-12-31', 'decade', false, false],
    ['19XX', '1900-01-01', '1999-12-31', 'century', false, false],
    ['2022-33', '2022-01-01', '2022-03-31', 'season', false, false], // ISO 8601-2 quarter 1
    ['2021/2025', '2021-01-01', '2025-12-31', 'year', false, false],
    ['2023-05-03/2024', '2023-05-03', '2024-12-31', 'year', false, false],
    ['2022/..', '2022-01-01', null, 'year', false, false],
    ['../2022', null, '2022-12-31', 'year', false, false],
    ['1977', '1977-01-01', '1977-12-31', 'year', false, false],
  ] as const)('%s → %s … %s, %s', (edtf, start, end, precision, approximate, uncertain) => {
    expect(describeEdtf(edtf)).toEqual({
      ok: true,
      value: { start, end, precision, approximate, uncertain },
    });
  });

  it.each([
    ['2022-13', 'invalid-date'],
    ['2024-02-30', 'invalid-date'],
    ['mid-2022', 'invalid-date'],
    ['', 'invalid-date'],
    ['2025/2021', 'unordered-interval'],
    ['2022-10-08/2022-10-07', 'unordered-interval'],
    ['[2020,2021]', 'invalid-date'],
  ] as const)('rejects %j as %s, with a message that shows the input', (edtf, code) => {
    const result = describeEdtf(edtf);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok && edtf) expect(result.message).toContain(edtf.split('/')[0]);
  });

  it('rejects non-strings without throwing', () => {
    expect(describeEdtf(2022)).toMatchObject({ ok: false, code: 'invalid-date' });
    expect(describeEdtf(null)).toMatchObject({ ok: false, code: 'invalid-date' });
  });

  it('never throws and keeps start ≤ end for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^\d{4}(-\d{2}){0,2}[~?%]?(\/\d{4})?$/)),
        (text) => {
          const result = describeEdtf(text);
          if (result.ok && result.value.start && result.value.end) {
            expect(result.value.start <= result.value.end).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('DateInputSchema (authoring) and DateSchema (published)', () => {
  it('turns an EDTF string into the published form, which DateSchema accepts', () => {
    const parsed = DateInputSchema.parse('2018-04');
    expect(parsed).toEqual({
      edtf: '2018-04',
      start: '2018-04-01',
      end: '2018-04-30',
      precision: 'month',
      approximate: false,
      uncertain: false,
    });
    expect(DateSchema.parse(parsed)).toEqual(parsed);
  });

  it('keeps how a relative date was resolved', () => {
    const relative = { phrase: 'Next year', anchor: '2023-05-03', method: 'the year after the report' };
    const parsed = DateInputSchema.parse({ edtf: '2024', relative });
    expect(parsed.relative).toEqual(relative);
    expect(parsed.start).toBe('2024-01-01');
    expect(DateSchema.safeParse(parsed).success).toBe(true);
  });

  it('rejects invalid input with the code in params', () => {
    const result = DateInputSchema.safeParse('2022-13');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ params: { code: 'invalid-date' } });
    expect(DateInputSchema.safeParse({ edtf: '2022', relative: { phrase: 'x' } }).success).toBe(false);
  });

  it('DateSchema rejects derived fields that disagree with the EDTF', () => {
    const date = { ...toDateInfo('2022'), end: '2023-12-31' };
    const result = DateSchema.safeParse(date);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['end'], params: { code: 'date-mismatch' } }),
    ]);
  });

  it('toDateInfo throws a RangeError that names the problem', () => {
    expect(() => toDateInfo('2022-13')).toThrow(RangeError);
    expect(() => toDateInfo('2022-13')).toThrow(/"2022-13" is not a valid EDTF date/);
  });
});
