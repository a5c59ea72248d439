// Canonical JSON: the same records always serialize to the same bytes.
import { createHash } from 'node:crypto';

// Keys read in this order wherever they stand (a record, a citation, a range, a date); any other
// key follows alphabetically, and a record's sources come last.
const FIRST_KEYS = [
  'id',
  'kind',
  'name',
  'label',
  'document',
  'section',
  'paragraph',
  'excerpt',
  'min',
  'max',
  'edtf',
  'start',
  'end',
  'phrase',
  'anchor',
  'method',
  'organization',
  'role',
];
const LAST_KEYS = ['sources'];

function rank(key: string): number {
  const first = FIRST_KEYS.indexOf(key);
  if (first >= 0) return first - FIRST_KEYS.length;
  const last = LAST_KEYS.indexOf(key);
  return last >= 0 ? 1 + last : 0;
}

/** Orders object keys: id, kind, name, label (and the like) first; sources last; the rest alphabetically. */
export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, child]) => child !== undefined);
    entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, child]) => [key, canonicalize(child)]));
  }
  return value;
}

/** Serializes canonically, two-space indented, with a final newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(canonicalize(value), null, 2)}\n`;
}

/** `sha256-<hex>` of a string. */
export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('hex')}`;
}
