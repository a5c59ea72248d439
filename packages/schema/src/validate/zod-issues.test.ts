// What users read when a value fails its schema: each zod issue in the project's words, with the
// place first, a stable code, and the value received.

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesFromZod, PARSE_OPTIONS } from './zod-issues.ts';

// The issues of parsing `value` at the field `field` of an object, as validateDataset reports them.
const issuesOf = (schema: z.ZodType, value: unknown) => {
  const parsed = z.object({ field: schema }).safeParse({ field: value }, PARSE_OPTIONS);
  if (parsed.success) throw new Error('expected the parse to fail');
  return issuesFromZod(parsed.error, ['figures', 3], 'figure:x');
};
const messageOf = (schema: z.ZodType, value: unknown) =>
  issuesOf(schema, value).map((issue) => issue.message);

describe('issuesFromZod: sizes', () => {
  it('strings: empty, too short and too long, counted in characters', () => {
    expect(messageOf(z.string().min(1), '')).toEqual(['figures[3].field must not be empty; received ""']);
    expect(messageOf(z.string().min(3), 'ab')).toEqual([
      'figures[3].field is too short; expected at least 3 characters, received a string of 2 characters',
    ]);
    expect(messageOf(z.string().min(2), 'a')).toEqual([
      'figures[3].field is too short; expected at least 2 characters, received a string of 1 character',
    ]);
    expect(messageOf(z.string().max(1), 'abc')).toEqual([
      'figures[3].field is too long; expected at most 1 character, received a string of 3 characters',
    ]);
  });

  it('lists: too few and too many items', () => {
    expect(messageOf(z.array(z.string()).min(1), [])).toEqual([
      'figures[3].field is too short; expected at least 1 item, received a list of 0 items',
    ]);
    expect(messageOf(z.array(z.string()).max(2), ['a', 'b', 'c'])).toEqual([
      'figures[3].field is too long; expected at most 2 items, received a list of 3 items',
    ]);
    expect(messageOf(z.array(z.string()).max(0), ['a'])).toEqual([
      'figures[3].field is too long; expected at most 0 items, received a list of 1 item',
    ]);
  });

  it('numbers: inclusive and exclusive bounds', () => {
    expect(messageOf(z.number().min(1), 0)).toEqual([
      'figures[3].field is too small; expected a number at least 1, received the number 0',
    ]);
    expect(messageOf(z.number().gt(0), 0)).toEqual([
      'figures[3].field is too small; expected a number more than 0, received the number 0',
    ]);
    expect(messageOf(z.number().max(100), 101)).toEqual([
      'figures[3].field is too large; expected a number at most 100, received the number 101',
    ]);
    expect(messageOf(z.number().lt(100), 100)).toEqual([
      'figures[3].field is too large; expected a number less than 100, received the number 100',
    ]);
    expect(messageOf(z.number().multipleOf(5), 7)).toEqual([
      'figures[3].field must be a multiple of 5; received the number 7',
    ]);
  });

  it('codes: too-small, too-big, and the record the issue is in', () => {
    const [issue] = issuesOf(z.string().max(1), 'abc');
    expect(issue).toEqual({
      path: ['figures', 3, 'field'],
      at: 'figures[3].field',
      code: 'too-big',
      message:
        'figures[3].field is too long; expected at most 1 character, received a string of 3 characters',
      recordId: 'figure:x',
    });
    expect(issuesOf(z.string().min(3), 'ab')[0]?.code).toBe('too-small');
  });
});

describe('issuesFromZod: types, values, forms', () => {
  it.each([
    [z.string(), 'a string'],
    [z.number(), 'a number'],
    [z.boolean(), 'true or false'],
    [z.array(z.string()), 'a list'],
    [z.object({}), 'an object'],
    [z.null(), 'null'],
  ])('names the expected type in words (%#)', (schema, words) => {
    expect(messageOf(schema, Symbol.iterator)).toEqual([
      `figures[3].field has the wrong type; expected ${words}, received a symbol`,
    ]);
    expect(messageOf(schema, undefined)).toEqual([
      `figures[3].field is required; expected ${words}, received nothing`,
    ]);
  });

  it('a whole number', () => {
    expect(messageOf(z.int(), 1.5)).toEqual([
      'figures[3].field has the wrong type; expected a whole number, received the number 1.5',
    ]);
  });

  it('an allowed value, with up to two suggestions only for a string', () => {
    expect(messageOf(z.enum(['nanometer', 'percent']), 'nanometre')).toEqual([
      'figures[3].field is not an allowed value; expected one of nanometer, percent, received "nanometre"; did you mean nanometer?',
    ]);
    expect(messageOf(z.enum(['nanometer', 'percent']), 'zzzzzzzzzzzzzz')).toEqual([
      'figures[3].field is not an allowed value; expected one of nanometer, percent, received "zzzzzzzzzzzzzz"',
    ]);
    expect(messageOf(z.literal(1), 2)).toEqual([
      'figures[3].field is not an allowed value; expected one of 1, received the number 2',
    ]);
    expect(issuesOf(z.enum(['a']), 'b')[0]?.code).toBe('invalid-value');
  });

  it('a built-in format, such as an ISO date', () => {
    const [issue] = issuesOf(z.iso.date(), '2023-13-45');
    expect(issue?.message).toBe('figures[3].field is not a valid date; received "2023-13-45"');
    expect(issue?.code).toBe('invalid-format');
  });

  it('a pattern with its own message, received added unless the message says it', () => {
    expect(messageOf(z.string().regex(/^[a-z]+$/, 'expected lower-case letters'), 'AB')).toEqual([
      'figures[3].field does not have the required form; expected lower-case letters, received "AB"',
    ]);
    expect(
      messageOf(z.string().regex(/^[a-z]+$/, 'expected lower-case letters, received a capital'), 'AB'),
    ).toEqual([
      'figures[3].field does not have the required form; expected lower-case letters, received a capital',
    ]);
  });

  it('a union names the forms when each failed on its type, and says "one of the allowed forms" otherwise', () => {
    expect(messageOf(z.union([z.string(), z.object({ a: z.string() })]), 5)).toEqual([
      'figures[3].field matches none of the allowed forms; expected a string or an object, received the number 5',
    ]);
    expect(messageOf(z.union([z.string().min(3), z.string().regex(/^\d+$/)]), 'ab')).toEqual([
      'figures[3].field matches none of the allowed forms; expected one of the allowed forms, received "ab"',
    ]);
    expect(messageOf(z.union([z.object({ a: z.string() }), z.number()]), { a: 1 })).toEqual([
      'figures[3].field matches none of the allowed forms; expected one of the allowed forms, received an object',
    ]);
    expect(issuesOf(z.union([z.string(), z.number()]), true)[0]?.code).toBe('invalid-union');
  });

  it('unknown fields, each quoted and cut at 80 characters', () => {
    const long = 'k'.repeat(100);
    expect(messageOf(z.strictObject({ a: z.string() }), { a: 'x', colour: 1, [long]: 2 })).toEqual([
      `figures[3].field has unknown field(s) "colour", "${'k'.repeat(80)}"; the schema does not define them (a typo?)`,
    ]);
  });
});

describe('issuesFromZod: custom issues, codes and paths', () => {
  const refined = (params: Record<string, unknown>) =>
    z.string().check((ctx) => {
      ctx.issues.push({ code: 'custom', message: 'a whole sentence.', input: ctx.value, params });
    });

  it('a refinement keeps its sentence, or reads as a predicate when it says so', () => {
    expect(messageOf(refined({}), 'x')).toEqual(['a whole sentence.']);
    expect(messageOf(refined({ predicate: true }), 'x')).toEqual(['figures[3].field a whole sentence.']);
  });

  it('a refinement names its own code; an unknown code becomes invalid-value', () => {
    expect(issuesOf(refined({ code: 'unit-value' }), 'x')[0]?.code).toBe('unit-value');
    expect(issuesOf(refined({ code: 'no-such-code' }), 'x')[0]?.code).toBe('invalid-value');
    expect(issuesOf(refined({}), 'x')[0]?.code).toBe('invalid-value');
  });

  it('without a base the path starts at the value, and without a record id there is none', () => {
    const parsed = z.object({ a: z.array(z.string()) }).safeParse({ a: ['x', 1] }, PARSE_OPTIONS);
    expect(parsed.success).toBe(false);
    const [issue] = issuesFromZod((parsed as { error: z.ZodError }).error);
    expect(issue).toEqual({
      path: ['a', 1],
      at: 'a[1]',
      code: 'invalid-type',
      message: 'a[1] has the wrong type; expected a string, received the number 1',
    });
  });

  it('only a malformed id at the record root is invalid-id, or id-prefix-mismatch for a well-formed id of another kind', () => {
    const idSchema = z.object({ id: z.string().regex(/^figure:/, 'expected a figure id') });
    const codeFor = (value: unknown, path: (string | number)[] = ['figures', 0]) => {
      const parsed = idSchema.safeParse(value, PARSE_OPTIONS);
      return issuesFromZod(
        (parsed as { error: z.ZodError }).error,
        path,
        undefined,
        (value as { id: unknown }).id,
      )[0]?.code;
    };
    expect(codeFor({ id: 'org:smic' })).toBe('id-prefix-mismatch');
    expect(codeFor({ id: 'not an id' })).toBe('invalid-id');
    // A nested field called id is not the record's id.
    const nested = z.object({ speaker: idSchema }).safeParse({ speaker: { id: 'org:smic' } }, PARSE_OPTIONS);
    expect(issuesFromZod((nested as { error: z.ZodError }).error, ['quotes', 0])[0]?.code).toBe(
      'invalid-format',
    );
  });
});
