// Run-time checks of arguments, for JavaScript callers and values that come from outside.
import { describeEdtf } from '@chipwar/schema';
import { argumentTypeError, vocabularyError } from './errors.ts';

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

/**
 * Turns a `from`/`to` bound into a day: any EDTF date counts from its first day (`from`) or up to
 * its last day (`to`), so `from: '2018'` means 2018-01-01 and `to: '2018'` means 2018-12-31.
 */
export function requireBound(fn: string, name: 'from' | 'to', value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw argumentTypeError(fn, name, 'an EDTF date such as "2018" or "2022-10-07"', value);
  }
  const key = `${name}|${value}`;
  const cached = boundCache.get(key);
  if (cached !== undefined) return cached;
  const day = plainBound(name, value) ?? edtfBound(fn, name, value);
  if (boundCache.size >= 1000) boundCache.clear();
  boundCache.set(key, day);
  return day;
}

// Parsing EDTF costs tens of microseconds, more than a range query itself: bounds are memoized,
// and the common forms (2018, 2018-04, 2018-04-30) are read without the parser.
const boundCache = new Map<string, string>();

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

function edtfBound(fn: string, name: 'from' | 'to', value: string): string {
  const described = describeEdtf(value);
  if (!described.ok) throw new RangeError(`${fn}: ${name} ${described.message}`);
  const day = name === 'from' ? described.value.start : described.value.end;
  if (day === null) {
    throw new RangeError(
      `${fn}: ${name} must have a known ${name === 'from' ? 'start' : 'end'}; received ${JSON.stringify(value)}`,
    );
  }
  return day;
}

/** Whether [start, end] overlaps [from, to]; open ends reach forever. */
export function overlaps(start: string | null, end: string | null, from?: string, to?: string): boolean {
  if (from !== undefined && end !== null && end < from) return false;
  if (to !== undefined && start !== null && start > to) return false;
  return true;
}
