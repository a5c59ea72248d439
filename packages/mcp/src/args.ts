// The tools' arguments as zod schemas: the SDK advertises them to clients as JSON Schema and checks
// every call against them before a tool runs. A failed check is answered in the words of the query
// helpers (`ArgumentError`: the tool, the argument, what was expected, what was received), and
// every text has a maximum length, so no call makes the server work on an unbounded input.
import type { TimelineKind } from '@chipwar/query';
import { ArgumentError, MAX_ID_LENGTH, nearestIds } from '@chipwar/schema/core';
import * as z from 'zod';

/** The longest date a tool takes, in characters (`MAX_EDTF_LENGTH` of `@chipwar/schema`). */
export const MAX_DATE_LENGTH = 100;
/** The longest metric slug (as `figures` of `@chipwar/query` takes it). */
export const MAX_METRIC_LENGTH = 200;
/** The longest free text: a search, the words of a quote, a question to a prompt. */
export const MAX_TEXT_LENGTH = 1000;
/** How many results a list tool returns at most in one answer. */
export const MAX_RESULTS = 100;

/** The kinds of dated records the timeline can include (`TimelineKind` of `@chipwar/query`). */
export const TIMELINE_KINDS = [
  'event',
  'policy',
  'document',
  'quote',
] as const satisfies readonly TimelineKind[];

type Issue = { readonly input?: unknown };

/** An error map that words a failed check as the query helpers word a bad argument. */
function said(tool: string, name: string, expected: string, suggest?: (input: unknown) => string[]) {
  return (issue: Issue) =>
    new ArgumentError(tool, name, expected, issue.input, {
      ...(suggest && { suggestions: suggest(issue.input) }),
    }).message;
}

/** The allowed values nearest to a wrong one, ignoring case ("usd" suggests USD). */
function nearestOf(allowed: readonly string[]) {
  return (input: unknown): string[] => {
    if (typeof input !== 'string') return [];
    const byLower = new Map(allowed.map((item) => [item.toLowerCase(), item]));
    const same = byLower.get(input.toLowerCase());
    if (same !== undefined) return [same];
    return nearestIds(input.toLowerCase(), byLower.keys(), 2).map((lower) => byLower.get(lower) as string);
  };
}

/** A required non-empty string of at most `max` characters. */
export function text(tool: string, name: string, example: string, max: number) {
  const expected = `a non-empty string such as ${JSON.stringify(example)}`;
  return z
    .string({ error: said(tool, name, expected) })
    .min(1, { error: said(tool, name, expected) })
    .max(max, { error: said(tool, name, `at most ${max.toLocaleString('en-US')} characters`) });
}

/** A record id: a non-empty string no longer than any id can be. */
export function id(tool: string, name: string, description: string) {
  return text(tool, name, 'org:smic', MAX_ID_LENGTH).describe(description);
}

/** A date bound: a calendar date or any EDTF date, read by `dateBound` in the tool. */
export function date(tool: string, name: string, description: string) {
  return text(tool, name, '2018-04', MAX_DATE_LENGTH).describe(description);
}

/** One of a closed list of values, with the nearest ones suggested when it is not. */
export function oneOf<const T extends readonly [string, ...string[]]>(tool: string, name: string, values: T) {
  return z.enum(values, { error: said(tool, name, `one of ${values.join(', ')}`, nearestOf(values)) });
}

/** A list of values of a closed list, no longer than the list (the helpers ignore repeats). */
export function listOf<const T extends readonly [string, ...string[]]>(
  tool: string,
  name: string,
  values: T,
) {
  const error = said(tool, name, `a list of at most ${values.length} of ${values.join(', ')}`);
  return z.array(oneOf(tool, `${name}[]`, values), { error }).max(values.length, { error });
}

/** A whole number from `min` to `max`. */
export function wholeNumber(tool: string, name: string, min: number, max: number) {
  const error = said(tool, name, `a whole number from ${min} to ${max.toLocaleString('en-US')}`);
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/**
 * The arguments of a tool: an object with only these keys. An unknown key is refused, naming the
 * known ones, as the query helpers refuse an unknown option.
 */
export function args<S extends z.ZodRawShape>(tool: string, shape: S) {
  const keys = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const [key] = issue.keys;
        return new ArgumentError(tool, 'an argument name', `one of ${keys.join(', ')}`, key, {
          suggestions: nearestOf(keys)(key),
        }).message;
      }
      return new ArgumentError(tool, 'arguments', `an object with any of ${keys.join(', ')}`, issue.input)
        .message;
    },
  });
}
