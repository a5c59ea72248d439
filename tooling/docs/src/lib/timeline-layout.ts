// The timeline's geometry, shared by the build (the page as drawn without JavaScript) and the
// browser script (zoom), so both draw an event the same way.

/** What the timeline needs of a date: the derived bounds of `DateInfo` from `@chipwar/schema`. */
export interface RangeDate {
  readonly edtf: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly precision: string;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

/** A stretch of the axis in fractional years: `{ from: 2018, to: 2019 }` is the year 2018. */
export interface View {
  readonly from: number;
  readonly to: number;
}

/**
 * How an event is drawn: `point` for a day known exactly, `span` for an interval with both ends
 * given (a plan for 2021–2025), `within` for a date known only to a month, year or century (it
 * happened somewhere inside), and open ends run to the edge of the axis.
 */
type Shape = 'point' | 'span' | 'within';

/** An event's date on the axis. */
export interface Range {
  readonly shape: Shape;
  /** First moment covered, in fractional years (the axis start for an open start). */
  readonly start: number;
  /** Moment after the last day covered, in fractional years (the axis end for an open end). */
  readonly end: number;
  readonly openStart: boolean;
  readonly openEnd: boolean;
  /** Whether the start is drawn faded: open, approximate, uncertain, or somewhere inside the range. */
  readonly fadeStart: boolean;
  readonly fadeEnd: boolean;
}

/** Where a range stands in a view, in percent of the view's width. */
export interface Placement {
  readonly left: number;
  readonly width: number;
  /** Whether the range goes on before the view starts (or after it ends). */
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A `YYYY-MM-DD` day as a fractional year, at the start of that day.
 *
 * ```ts
 * yearFraction('2018-01-01'); // 2018
 * yearFraction('2018-07-02'); // 2018.5 (day 182 of 365)
 * ```
 */
export function yearFraction(day: string): number {
  const match = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match)
    throw new RangeError(`yearFraction: expected a YYYY-MM-DD day, received ${JSON.stringify(day)}`);
  const year = Number(match[1]);
  const dayOfYear =
    (Date.UTC(year, Number(match[2]) - 1, Number(match[3])) - Date.UTC(year, 0, 1)) / 86_400_000;
  return year + dayOfYear / (isLeap(year) ? 366 : 365);
}

const ONE_DAY = 1 / 365;

/**
 * How a date is drawn on an axis whose whole extent is `extent`: open ends run to the extent's
 * edges, and every edge the report leaves vague is faded.
 *
 * ```ts
 * rangeOf(get('event:zte-export-ban-2018').date, { from: 1900, to: 2030 }).shape; // 'point'
 * ```
 */
export function rangeOf(date: RangeDate, extent: View): Range {
  const interval = date.edtf.includes('/');
  const openStart = date.start === null;
  const openEnd = date.end === null;
  const start = date.start === null ? extent.from : yearFraction(date.start);
  const end = date.end === null ? extent.to : yearFraction(date.end) + ONE_DAY;
  const vague = date.approximate || date.uncertain;
  let shape: Shape;
  if (!interval && date.precision === 'day' && !vague) shape = 'point';
  else if (interval) shape = 'span';
  else shape = 'within';
  // A span's given ends are firm unless marked approximate; a `within` date has no firm edge.
  const soft = shape === 'within' || vague;
  return {
    shape,
    start,
    end: Math.max(end, start + ONE_DAY),
    openStart,
    openEnd,
    fadeStart: openStart || (shape !== 'point' && soft),
    fadeEnd: openEnd || (shape !== 'point' && soft),
  };
}

/** Whether a range has any moment inside the view. */
export function overlaps(range: Pick<Range, 'start' | 'end'>, view: View): boolean {
  return range.start < view.to && range.end > view.from;
}

/**
 * Where a range stands in a view, in percent; `undefined` when it lies wholly outside.
 *
 * ```ts
 * place({ start: 2018, end: 2019 }, { from: 2010, to: 2030 }); // { left: 40, width: 5, … }
 * ```
 */
export function place(range: Pick<Range, 'start' | 'end'>, view: View): Placement | undefined {
  if (!overlaps(range, view)) return undefined;
  const span = view.to - view.from;
  const from = Math.max(range.start, view.from);
  const to = Math.min(range.end, view.to);
  return {
    left: ((from - view.from) / span) * 100,
    width: ((to - from) / span) * 100,
    clippedStart: range.start < view.from,
    clippedEnd: range.end > view.to,
  };
}

/**
 * The axis extent that holds every known bound of these dates, widened to whole decades, so that
 * open ends have somewhere to run to.
 */
export function extentOf(dates: readonly RangeDate[]): View {
  const bounds = dates.flatMap((date) =>
    [date.start, date.end].filter((day): day is string => day !== null).map(yearFraction),
  );
  if (bounds.length === 0) throw new RangeError('extentOf: no date has a known start or end');
  const min = Math.min(...bounds);
  const max = Math.max(...bounds);
  return { from: Math.floor(min / 10) * 10, to: Math.ceil((max + ONE_DAY) / 10) * 10 };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Tick marks for a view: months within a year or two, then years, then every 5, 10 or 20 years,
 * so that a view never carries more than about 16 labels.
 */
export function ticks(view: View): { at: number; label: string }[] {
  const span = view.to - view.from;
  const result: { at: number; label: string }[] = [];
  if (span <= 2) {
    for (let year = Math.floor(view.from); year < view.to; year += 1) {
      for (let month = 0; month < 12; month += span <= 1 ? 1 : 3) {
        const at = yearFraction(`${year}-${String(month + 1).padStart(2, '0')}-01`);
        if (at >= view.from && at < view.to)
          result.push({ at, label: month === 0 ? String(year) : (MONTHS[month] ?? '') });
      }
    }
    return result;
  }
  const step = [1, 2, 5, 10, 20, 50].find((candidate) => span / candidate <= 16) ?? 100;
  for (let year = Math.ceil(view.from / step) * step; year < view.to; year += step) {
    result.push({ at: year, label: String(year) });
  }
  return result;
}
