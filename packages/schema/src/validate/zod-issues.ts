// The one place where zod's issues become ours: stable issue codes, full paths, and messages in
// the project's words (what is wrong, what was expected, what was received). Every parse a user
// can see (validateDataset, the dataset build's authoring files, the ledger) goes through here.
import type { z } from 'zod';
import { describeReceived } from '../core/errors.ts';
import { parseId } from '../core/ids.ts';
import { formatPath, ISSUE_CODES, type IssueCode, type ValidationIssue } from '../core/issues.ts';
import { nearestIds } from '../core/suggest.ts';

type Path = (string | number)[];

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function plural(count: number | bigint, word: string): string {
  return `${count} ${word}${Number(count) === 1 ? '' : 's'}`;
}

function sizeWords(origin: string, bound: number | bigint): string {
  if (origin === 'string') return plural(bound, 'character');
  if (origin === 'array' || origin === 'set') return plural(bound, 'item');
  return String(bound);
}

function receivedSize(origin: string, input: unknown): string {
  if (origin === 'string' && typeof input === 'string')
    return `a string of ${plural(input.length, 'character')}`;
  if (origin === 'array' && Array.isArray(input)) return `a list of ${plural(input.length, 'item')}`;
  return describeReceived(input);
}

/** A zod issue's message in our words; our own custom messages are kept as they are. */
function messageOf(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (input === undefined) return `is required; expected ${expected}, received nothing`;
      return `has the wrong type; expected ${expected}, received ${describeReceived(input)}`;
    }
    case 'too_small': {
      const origin = String(issue.origin);
      if (origin === 'string' && issue.minimum === 1) return `must not be empty; received ""`;
      const bound = sizeWords(origin, issue.minimum);
      const relation = issue.inclusive === false ? 'more than' : 'at least';
      if (origin === 'array' || origin === 'string')
        return `is too short; expected ${relation} ${bound}, received ${receivedSize(origin, input)}`;
      return `is too small; expected a number ${relation} ${bound}, received ${describeReceived(input)}`;
    }
    case 'too_big': {
      const origin = String(issue.origin);
      const bound = sizeWords(origin, issue.maximum);
      const relation = issue.inclusive === false ? 'less than' : 'at most';
      if (origin === 'array' || origin === 'string')
        return `is too long; expected ${relation} ${bound}, received ${receivedSize(origin, input)}`;
      return `is too large; expected a number ${relation} ${bound}, received ${describeReceived(input)}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((value) => String(value));
      const suggestions = typeof input === 'string' ? nearestIds(input, allowed, 2) : [];
      const hint = suggestions.length ? `; did you mean ${suggestions.join(' or ')}?` : '';
      return `is not an allowed value; expected one of ${allowed.join(', ')}, received ${describeReceived(input)}${hint}`;
    }
    case 'invalid_format':
      // Our schemas give every pattern its own message (ids, slugs, hashes); the rest are zod's
      // built-in formats, such as an ISO date.
      if (issue.format === 'regex' || issue.message.startsWith('expected')) {
        const received = issue.message.includes('received') ? '' : `, received ${describeReceived(input)}`;
        return `does not have the required form; ${issue.message}${received}`;
      }
      return `is not a valid ${issue.format}; received ${describeReceived(input)}`;
    case 'invalid_union': {
      // Name the forms when each option failed on its type (a string or an object, …).
      const expected = [
        ...new Set(
          issue.errors.map((option) => {
            const first = option[0];
            return option.length === 1 && first?.code === 'invalid_type' && first.path.length === 0
              ? (TYPE_WORDS[first.expected] ?? first.expected)
              : undefined;
          }),
        ),
      ];
      const forms = expected.every((word) => word !== undefined)
        ? expected.join(' or ')
        : 'one of the allowed forms';
      return `matches none of the allowed forms; expected ${forms}, received ${describeReceived(input)}`;
    }
    case 'unrecognized_keys':
      return `has unknown field(s) ${issue.keys.map((key) => JSON.stringify(key.slice(0, 80))).join(', ')}; the schema does not define them (a typo?)`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}; received ${describeReceived(input)}`;
    default:
      return issue.message;
  }
}

/**
 * Whether a message is a predicate to put after the issue's path ("is required; …"): every
 * message written here, and our refinements' that say so. Other custom messages are sentences.
 */
function isPredicate(issue: z.core.$ZodIssue): boolean {
  if (issue.code !== 'custom') return true;
  return (issue as { params?: { predicate?: boolean } }).params?.predicate === true;
}

/** The issue code of a zod issue: ours when a refinement named one, else zod's code in kebab case. */
function codeOf(issue: z.core.$ZodIssue): IssueCode {
  const named = (issue as { params?: { code?: string } }).params?.code;
  const code = named ?? issue.code.replaceAll('_', '-');
  return code in ISSUE_CODES ? (code as IssueCode) : 'invalid-value';
}

/**
 * Turns the issues of one zod parse into ours, with paths from `base` (such as
 * `['figures', 3]`). `recordId` names the record the issues are in; `rawId` is that record's
 * `id` as received, to tell a malformed id from one with another kind's prefix.
 */
export function issuesFromZod(
  error: z.ZodError,
  base: Path = [],
  recordId?: string,
  rawId?: unknown,
): ValidationIssue[] {
  return error.issues.map((zodIssue) => {
    const path = [...base, ...zodIssue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    let code = codeOf(zodIssue);
    if (zodIssue.code === 'invalid_format' && path.at(-1) === 'id' && path.length === base.length + 1) {
      // A well-formed id with another kind's prefix is a different mistake from a malformed id.
      code = parseId(rawId) ? 'id-prefix-mismatch' : 'invalid-id';
    }
    const at = formatPath(path);
    const message = messageOf(zodIssue);
    // What, where, expected, received: the message names the place itself, so that it reads
    // whole wherever it is shown (`sources[0].excerpt is required; expected a string, …`).
    const issue: ValidationIssue = {
      path,
      at,
      code,
      message: isPredicate(zodIssue) ? `${at} ${message}` : message,
    };
    if (recordId) issue.recordId = recordId;
    return issue;
  });
}

/** Parse options for every parse a user sees: the received value is kept for the message. */
export const PARSE_OPTIONS = { reportInput: true } as const;
