// Run-time checks of arguments, for JavaScript callers and values that come from outside. Every
// failure is an ArgumentError naming the function, the argument, what was expected and what was
// received.
import { ArgumentError, nearestIds } from '@chipwar/schema/core';
import type { DateMatch } from '../types.ts';
import { memoized } from './memo.ts';

/** Checks a required non-empty string, at most `maxLength` characters long. */
export function requireString(
  fn: string,
  name: string,
  value: unknown,
  example: string,
  maxLength = Number.POSITIVE_INFINITY,
): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new ArgumentError(fn, name, `a non-empty string such as ${JSON.stringify(example)}`, value);
  }
  if (value.length > maxLength) {
    throw new ArgumentError(fn, name, `at most ${maxLength.toLocaleString('en-US')} characters`, value);
  }
  return value;
}

/**
 * Checks an id argument: a non-empty string. Whether a record has it is the caller's check, and
 * stays cheap for any length: no id is longer than `MAX_ID_LENGTH`, so a longer string gets no
 * suggestions, and error messages show only its start.
 */
export function requireIdText(fn: string, name: string, value: unknown): string {
  return requireString(fn, name, value, 'org:smic');
}

/** Checks an optional options object and that it holds only known keys. */
export function requireOptions<T extends object>(
  fn: string,
  value: unknown,
  keys: readonly string[],
): Partial<T> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArgumentError(fn, 'options', `an object with any of ${keys.join(', ')}`, value);
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      throw new ArgumentError(fn, 'an option name', `one of ${keys.join(', ')}`, key, {
        suggestions: nearestOf(key, keys).slice(0, 1),
      });
    }
  }
  return value as Partial<T>;
}

/** The allowed values nearest to a wrong one, ignoring case ("usd" suggests USD). */
function nearestOf(value: unknown, allowed: readonly string[]): string[] {
  if (typeof value !== 'string') return [];
  const byLower = new Map(allowed.map((item) => [item.toLowerCase(), item]));
  const sameLetters = byLower.get(value.toLowerCase());
  if (sameLetters !== undefined) return [sameLetters];
  return nearestIds(value.toLowerCase(), byLower.keys(), 2).map((lower) => byLower.get(lower) as string);
}

/** Checks an optional value against a closed vocabulary. */
export function requireOneOf<T extends string>(
  fn: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new ArgumentError(fn, name, `one of ${allowed.join(', ')}`, value, {
      suggestions: nearestOf(value, allowed),
    });
  }
  return value as T;
}

/** Checks an optional boolean. */
export function requireBoolean(fn: string, name: string, value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean')
    throw new ArgumentError(fn, name, 'true or false', value);
  return value;
}

/** Checks an optional whole number within [min, max]. */
export function requireInteger(
  fn: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ArgumentError(fn, name, `a whole number from ${min} to ${max.toLocaleString('en-US')}`, value);
  }
  return value;
}

const BOUND_EXPECTED =
  'a calendar date "YYYY", "YYYY-MM" or "YYYY-MM-DD", or a date with start and end days such as a record\'s `date`';
const DAY = /^-?\d{4,}-\d{2}-\d{2}$/;

/**
 * Turns a `from`/`to` bound into a day: a year or month counts from its first day (`from`) or up to
 * its last day (`to`), so `from: '2018'` means 2018-01-01 and `to: '2018'` means 2018-12-31. A date
 * object (a record's `date`, or `describeEdtf(text).value` for any other EDTF date) gives its
 * `start` or `end`. EDTF strings other than calendar dates are refused rather than parsed here:
 * the EDTF parser would double the cost of importing this package (see BENCHMARKS.md).
 */
function requireBound(fn: string, name: 'from' | 'to', value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return objectBound(fn, name, value as Record<string, unknown>);
  }
  if (typeof value !== 'string') throw new ArgumentError(fn, name, BOUND_EXPECTED, value);
  const day = value.length <= 10 ? (name === 'from' ? fromBound : toBound)(value) : undefined;
  if (day === undefined) {
    const why = /^\d{4}-\d{2}(-\d{2})?$/.test(value)
      ? ' (there is no such month or day)'
      : ' (for another EDTF date, pass describeEdtf(text).value from @chipwar/schema)';
    throw new ArgumentError(fn, name, `${BOUND_EXPECTED}${why}`, value);
  }
  return day;
}

// Bounds are memoized: a range query itself costs less than reading its bounds twice.
const fromBound = /* @__PURE__ */ memoized((value) => plainBound('from', value));
const toBound = /* @__PURE__ */ memoized((value) => plainBound('to', value));

function plainBound(name: 'from' | 'to', value: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const monthNumber = month === undefined ? undefined : Number(month);
  if (monthNumber !== undefined && (monthNumber < 1 || monthNumber > 12)) return undefined;
  if (day !== undefined) {
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : value;
  }
  if (name === 'from') return `${year}-${month ?? '01'}-01`;
  const lastMonth = monthNumber ?? 12;
  const lastDay = new Date(Date.UTC(Number(year), lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

function objectBound(fn: string, name: 'from' | 'to', value: Record<string, unknown>): string {
  const field = name === 'from' ? 'start' : 'end';
  const day = value[field];
  if (typeof day === 'string' && day.length === 10 && fromBound(day) === day) return day;
  // EDTF allows years such as -0044 or 12018, but days compare as strings here, which orders
  // only the years 0000 to 9999 correctly.
  if (typeof day === 'string' && day.length <= 12 && DAY.test(day) && !/^\d{4}-/.test(day)) {
    throw new ArgumentError(fn, `${name}.${field}`, 'a day of the years 0000 to 9999', day);
  }
  if (day === null || day === undefined) {
    throw new ArgumentError(
      fn,
      name,
      `a date with a known ${field} day (this one's ${field} is ${day === null ? 'open or unknown' : 'missing'})`,
      value,
    );
  }
  throw new ArgumentError(fn, `${name}.${field}`, 'a day "YYYY-MM-DD"', day);
}

/** A checked date range: its first and last days (either may be absent) and how to match it. */
export interface Range {
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly match: DateMatch;
}

/** Reads `from`, `to` and `match` of a filter; a range that ends before it starts is refused. */
export function requireRange(
  fn: string,
  options: { from?: unknown; to?: unknown; match?: unknown },
): Range | undefined {
  const from = requireBound(fn, 'from', options.from);
  const to = requireBound(fn, 'to', options.to);
  const match = requireOneOf(fn, 'match', options.match, ['certain', 'possible'] as const) ?? 'certain';
  if (from !== undefined && to !== undefined && from > to) {
    throw new ArgumentError(fn, 'to', `a bound on or after from (${from})`, to);
  }
  return from === undefined && to === undefined ? undefined : { from, to, match };
}

/** Whether [start, end] overlaps [from, to]; open ends reach forever. */
export function overlaps(start: string | null, end: string | null, from?: string, to?: string): boolean {
  if (from !== undefined && end !== null && end < from) return false;
  if (to !== undefined && start !== null && start > to) return false;
  return true;
}

/**
 * How a date relates to a range: `certain` when it lies wholly within (an open end is never
 * certainly within a bound on that side), `possible` when it only overlaps, `undefined` when it
 * cannot fall in the range at all.
 */
export function matchOf(
  start: string | null,
  end: string | null,
  from: string | undefined,
  to: string | undefined,
): DateMatch | undefined {
  if (!overlaps(start, end, from, to)) return undefined;
  const startsWithin = from === undefined || (start !== null && start >= from);
  const endsWithin = to === undefined || (end !== null && end <= to);
  return startsWithin && endsWithin ? 'certain' : 'possible';
}
