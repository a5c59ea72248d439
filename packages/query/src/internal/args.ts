// Run-time checks of arguments, for JavaScript callers and values that come from outside.
import { argumentTypeError, vocabularyError } from './errors.ts';
import { memoized } from './memo.ts';

/** Checks a required string. */
export function requireString(fn: string, name: string, value: unknown, example: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw argumentTypeError(fn, name, `a non-empty string such as ${JSON.stringify(example)}`, value);
  }
  return value;
}

/** Checks an optional options object and that it holds only known keys. */
export function requireOptions<T extends object>(
  fn: string,
  value: unknown,
  keys: readonly string[],
): Partial<T> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw argumentTypeError(fn, 'options', `an object with any of ${keys.join(', ')}`, value);
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) throw vocabularyError(fn, 'an option name', keys, key);
  }
  return value as Partial<T>;
}

/** Checks an optional value against a closed vocabulary. */
export function requireOneOf<T extends string>(
  fn: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value as T))
    throw vocabularyError(fn, name, allowed, value);
  return value as T;
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
export function requireBound(fn: string, name: 'from' | 'to', value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return objectBound(fn, name, value as Record<string, unknown>);
  }
  if (typeof value !== 'string') throw argumentTypeError(fn, name, BOUND_EXPECTED, value);
  const day = (name === 'from' ? fromBound : toBound)(value);
  if (day === undefined) {
    throw new RangeError(
      `${fn}: ${name} must be ${BOUND_EXPECTED}; received ${JSON.stringify(value)}` +
        (/^\d{4}-\d{2}(-\d{2})?$/.test(value)
          ? ' (no such month or day)'
          : '. For another EDTF date, pass describeEdtf(text).value from @chipwar/schema'),
    );
  }
  return day;
}

// Bounds are memoized: a range query itself costs less than reading its bounds twice.
const fromBound = memoized((value) => plainBound('from', value));
const toBound = memoized((value) => plainBound('to', value));

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
  if (typeof day === 'string' && fromBound(day) === day) return day;
  // EDTF allows years such as -0044 or 12018, but days compare as strings here, which orders
  // only the years 0000 to 9999 correctly.
  if (typeof day === 'string' && DAY.test(day) && !/^\d{4}-/.test(day)) {
    throw new RangeError(
      `${fn}: ${name}.${field} must be a day of the years 0000 to 9999; received ${JSON.stringify(day)}`,
    );
  }
  if (day === null || day === undefined) {
    throw new RangeError(
      `${fn}: ${name} must have a known ${field} day; received a date whose ${field} is ${day === null ? 'open or unknown (null)' : 'missing'}`,
    );
  }
  throw argumentTypeError(fn, `${name}.${field}`, 'a day "YYYY-MM-DD"', day);
}

/** Whether [start, end] overlaps [from, to]; open ends reach forever. */
export function overlaps(start: string | null, end: string | null, from?: string, to?: string): boolean {
  if (from !== undefined && end !== null && end < from) return false;
  if (to !== undefined && start !== null && start > to) return false;
  return true;
}
