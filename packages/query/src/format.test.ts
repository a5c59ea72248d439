import { describe, expect, it } from 'vitest';
import { formatFigure } from './format.ts';
import { ArgumentError } from './index.ts';

describe('formatFigure: words', () => {
  it.each([
    ['exact', '5%'],
    ['about', 'about 5%'],
    ['more-than', 'more than 5%'],
    ['less-than', 'less than 5%'],
    ['at-least', 'at least 5%'],
    ['at-most', 'at most 5%'],
    ['nearly', 'nearly 5%'],
    ['up-to', 'up to 5%'],
  ] as const)('writes the qualifier %s as a reader would', (qualifier, text) => {
    expect(formatFigure({ value: 5, unit: 'percent', qualifier })).toBe(text);
  });

  it.each([
    ['layer', '1 layer', '128 layers'],
    ['year', '1 year', '128 years'],
    ['month', '1 month', '128 months'],
    ['week', '1 week', '128 weeks'],
    ['day', '1 day', '128 days'],
    ['percentage-point', '1 percentage point', '128 percentage points'],
  ] as const)('writes %s in the singular for one and the plural otherwise', (unit, one, many) => {
    expect(formatFigure({ value: 1, unit, qualifier: 'exact' })).toBe(one);
    expect(formatFigure({ value: 128, unit, qualifier: 'exact' })).toBe(many);
  });

  it('a range of one to two is plural', () => {
    expect(formatFigure({ range: { min: 1, max: 2 }, unit: 'year', qualifier: 'exact' })).toBe('1–2 years');
  });

  it('counts and ratings are bare numbers, with their scale', () => {
    expect(formatFigure({ value: 3, unit: 'count', qualifier: 'exact' })).toBe('3');
    expect(formatFigure({ value: 4e6, unit: 'count', scale: 'million', qualifier: 'about' })).toBe(
      'about 4 million',
    );
    expect(formatFigure({ value: 11, unit: 'rating', qualifier: 'exact' })).toBe('11');
  });

  it('writes currencies with their symbol, yuan as a word, and the period in parentheses', () => {
    expect(formatFigure({ value: 5e9, unit: 'EUR', scale: 'billion', qualifier: 'exact' })).toBe(
      '€5 billion',
    );
    expect(formatFigure({ value: 2.5, unit: 'USD', qualifier: 'exact' })).toBe('$2.5');
    expect(formatFigure({ value: 3e9, unit: 'CNY', scale: 'billion', qualifier: 'exact' })).toBe(
      '3 billion yuan',
    );
    expect(
      formatFigure({
        value: 7,
        unit: 'nanometer',
        qualifier: 'exact',
        period: { edtf: '2022', start: '2022-01-01', end: '2022-12-31' } as never,
      }),
    ).toBe('7 nm (2022)');
  });

  it('rounds to two decimals in the scale', () => {
    expect(formatFigure({ value: 1_234_567, unit: 'count', scale: 'million', qualifier: 'exact' })).toBe(
      '1.23 million',
    );
  });
});

describe('formatFigure: refusals', () => {
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(ArgumentError);
      return (error as Error).message;
    }
    throw new Error('expected an ArgumentError');
  };

  it('refuses what is not a figure', () => {
    expect(refusal(() => formatFigure(null as never))).toBe(
      'formatFigure: figure must be a figure record; received null',
    );
    expect(refusal(() => formatFigure('16nm' as never))).toBe(
      'formatFigure: figure must be a figure record; received "16nm"',
    );
  });

  it('names a wrong qualifier', () => {
    expect(refusal(() => formatFigure({ value: 1, unit: 'count', qualifier: 'roughly' as never }))).toMatch(
      /^formatFigure: figure\.qualifier must be one of exact, about, /,
    );
  });

  it('refuses a locale that is not a string', () => {
    expect(
      refusal(() => formatFigure({ value: 1, unit: 'count', qualifier: 'exact' }, { locale: 7 as never })),
    ).toBe('formatFigure: locale must be a BCP 47 locale such as "en-US"; received the number 7');
  });

  it('keeps the reason a locale was refused', () => {
    try {
      formatFigure({ value: 1, unit: 'count', qualifier: 'exact' }, { locale: 'not a locale!' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).cause).toBeInstanceOf(RangeError);
    }
  });

  it('needs exactly one finite value or range', () => {
    const message =
      'formatFigure: figure must be a figure with exactly one of value or range; received an object';
    expect(refusal(() => formatFigure({ unit: 'count', qualifier: 'exact' }))).toBe(message);
    expect(
      refusal(() => formatFigure({ value: 1, range: { min: 1, max: 2 }, unit: 'count', qualifier: 'exact' })),
    ).toBe(message);
    expect(refusal(() => formatFigure({ value: Number.NaN, unit: 'count', qualifier: 'exact' }))).toBe(
      message,
    );
    expect(refusal(() => formatFigure({ value: '5' as never, unit: 'count', qualifier: 'exact' }))).toBe(
      message,
    );
    expect(
      refusal(() =>
        formatFigure({ range: { min: 1, max: Number.POSITIVE_INFINITY }, unit: 'count', qualifier: 'exact' }),
      ),
    ).toBe(message);
  });
});
