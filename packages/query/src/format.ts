import type { Figure, Qualifier, Unit } from '@chipwar/schema';
import { ArgumentError, isCurrencyUnit, QUALIFIERS, SCALE_FACTORS, UNITS } from '@chipwar/schema/core';
import { requireOneOf, requireOptions } from './internal/args.ts';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'less-than': 'less than ',
  'at-least': 'at least ',
  'at-most': 'at most ',
  nearly: 'nearly ',
  'up-to': 'up to ',
};

const UNIT_WORDS: Partial<Record<Unit, [string, string]>> = {
  layer: ['layer', 'layers'],
  year: ['year', 'years'],
  month: ['month', 'months'],
  week: ['week', 'weeks'],
  day: ['day', 'days'],
  'percentage-point': ['percentage point', 'percentage points'],
};

/** What `formatFigure` needs of a figure: a whole figure record, or just these fields. */
export type FormattableFigure = Pick<Figure, 'unit' | 'qualifier'> &
  Partial<Pick<Figure, 'value' | 'range' | 'scale' | 'period'>>;

/** Options of `formatFigure`. */
export interface FormatOptions {
  /** The BCP 47 locale the number is written in (default `en-US`). */
  locale?: string;
}

/**
 * A figure as a reader would write it: the qualifier, the number in its scale, the unit, and the
 * period in parentheses.
 *
 * ```ts
 * formatFigure(get('figure:china-chip-imports-2020')); // 'more than $350 billion (2020)'
 * formatFigure({ value: 16, unit: 'nanometer', qualifier: 'exact' }); // '16 nm'
 * formatFigure({ value: 20, unit: 'percent', qualifier: 'nearly' }); // 'nearly 20%'
 * formatFigure(get('figure:big-fund-initial-size'), { locale: 'de-DE' }); // '$21 billion (2014)', digits as de-DE writes them
 * ```
 */
export function formatFigure(figure: FormattableFigure, options?: FormatOptions): string {
  const fn = 'formatFigure';
  if (typeof figure !== 'object' || figure === null)
    throw new ArgumentError(fn, 'figure', 'a figure record', figure);
  requireOneOf(fn, 'figure.unit', figure.unit, UNITS);
  requireOneOf(fn, 'figure.qualifier', figure.qualifier, QUALIFIERS);
  const locale = requireOptions<FormatOptions>(fn, options, ['locale']).locale ?? 'en-US';
  if (typeof locale !== 'string')
    throw new ArgumentError(fn, 'locale', 'a BCP 47 locale such as "en-US"', locale);
  const hasValue = typeof figure.value === 'number' && Number.isFinite(figure.value);
  const hasRange =
    figure.range !== undefined && Number.isFinite(figure.range.min) && Number.isFinite(figure.range.max);
  if (hasValue === hasRange)
    throw new ArgumentError(fn, 'figure', 'a figure with exactly one of value or range', figure);

  const factor = figure.scale ? SCALE_FACTORS[figure.scale] : 1;
  let numbers: Intl.NumberFormat;
  try {
    numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  } catch (error) {
    throw new ArgumentError(fn, 'locale', 'a BCP 47 locale such as "en-US"', locale, { cause: error });
  }
  const scaled = (value: number) => numbers.format(value / factor);
  const amount = hasRange
    ? `${scaled(figure.range?.min as number)}–${scaled(figure.range?.max as number)}`
    : scaled(figure.value as number);
  const scale = figure.scale ? ` ${figure.scale}` : '';
  const one = hasValue && figure.value === 1;

  let text: string;
  if (isCurrencyUnit(figure.unit)) {
    if (figure.unit === 'CNY') text = `${amount}${scale} yuan`;
    else {
      const symbol =
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: figure.unit,
          currencyDisplay: 'narrowSymbol',
        })
          .formatToParts(0)
          .find((part) => part.type === 'currency')?.value ?? figure.unit;
      text = `${symbol}${amount}${scale}`;
    }
  } else if (figure.unit === 'percent') text = `${amount}%`;
  else if (figure.unit === 'nanometer') text = `${amount} nm`;
  else if (figure.unit === 'count' || figure.unit === 'rating') text = `${amount}${scale}`;
  else {
    const [singular, plural] = UNIT_WORDS[figure.unit] ?? [figure.unit, figure.unit];
    text = `${amount}${scale} ${one ? singular : plural}`;
  }
  const period = figure.period ? ` (${figure.period.edtf})` : '';
  return `${QUALIFIER_WORDS[figure.qualifier]}${text}${period}`;
}
