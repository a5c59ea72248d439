/// <reference path="./edtf.d.ts" />
import edtf from 'edtf';
import { z } from 'zod';
import { quoteForMessage } from '../core/errors.ts';
import { DATE_PRECISIONS, type DatePrecision } from '../core/vocabularies.ts';
import { textSchema } from './text.ts';

/**
 * The longest EDTF string a date may be, in characters. The report's dates need fewer than 30;
 * the limit keeps the EDTF parser's work bounded whatever a dataset file holds.
 */
export const MAX_EDTF_LENGTH = 100;

/** What an EDTF string means, as plain sortable values. */
export interface EdtfDescription {
  /** First day covered, `YYYY-MM-DD`; `null` for an open or unknown start (`../2022`). */
  start: string | null;
  /** Last day covered, `YYYY-MM-DD`; `null` for an open or unknown end (`2022/..`). */
  end: string | null;
  /** How finely the date is known. */
  precision: DatePrecision;
  /** Marked approximate (`~` or `%`) anywhere. */
  approximate: boolean;
  /** Marked uncertain (`?` or `%`) anywhere. */
  uncertain: boolean;
}

/** The result of {@link describeEdtf}. */
export type EdtfResult =
  | { ok: true; value: EdtfDescription }
  | { ok: false; code: 'invalid-date' | 'unordered-interval'; message: string };

const PRECISION_RANK: Record<DatePrecision, number> = {
  day: 0,
  month: 1,
  season: 2,
  year: 3,
  decade: 4,
  century: 5,
};

interface EdtfNode {
  type: string;
  values?: unknown[];
  unspecified?: { value: number };
  approximate?: { value: number };
  uncertain?: { value: number };
  min: number | null;
  max: number | null;
  lower?: EdtfNode | null;
  upper?: EdtfNode | null;
}

function precisionOf(node: EdtfNode): DatePrecision {
  switch (node.type) {
    case 'Season':
      return 'season';
    case 'Decade':
      return 'decade';
    case 'Century':
      return 'century';
    case 'Year':
      return 'year';
  }
  const parts = node.values?.length ?? 1;
  // The `unspecified` bitmask marks X digits: 8 is the last year digit (201X), 12 the last two (19XX).
  const unspecified = node.unspecified?.value ?? 0;
  if (unspecified & 4) return 'century';
  if (unspecified & 8) return 'decade';
  if (unspecified & (16 | 32)) return 'year';
  if (unspecified & (64 | 128)) return 'month';
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

function isoDay(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Parses an EDTF (ISO 8601-2) date with the `edtf` library and derives its sortable first and
 * last day, its precision and its approximate/uncertain flags. Never throws.
 *
 * ```ts
 * describeEdtf('2018-04');
 * // { ok: true, value: { start: '2018-04-01', end: '2018-04-30', precision: 'month', approximate: false, uncertain: false } }
 * describeEdtf('2025/2021'); // { ok: false, code: 'unordered-interval', message: '…' }
 * ```
 */
export function describeEdtf(value: unknown): EdtfResult {
  if (typeof value !== 'string') {
    return {
      ok: false,
      code: 'invalid-date',
      message: `expected an EDTF date string, received ${typeof value}`,
    };
  }
  if (value.length > MAX_EDTF_LENGTH) {
    return {
      ok: false,
      code: 'invalid-date',
      message: `expected an EDTF date of at most ${MAX_EDTF_LENGTH} characters; received ${quoteForMessage(value, 40)}`,
    };
  }
  let node: EdtfNode;
  try {
    node = edtf(value) as unknown as EdtfNode;
  } catch (error) {
    const [lower, upper, ...rest] = value.split('/');
    if (rest.length === 0 && lower && upper) {
      const a = describeEdtf(lower);
      const b = describeEdtf(upper);
      if (a.ok && b.ok && a.value.start !== null && b.value.end !== null && a.value.start > b.value.end) {
        return {
          ok: false,
          code: 'unordered-interval',
          message: `interval "${value}" ends (${upper}) before it starts (${lower})`,
        };
      }
    }
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return {
      ok: false,
      code: 'invalid-date',
      message: `"${truncate(value)}" is not a valid EDTF date (${reason}); expected forms such as 2022-10-07, 2018-04, 2022~, 2021/2025`,
    };
  }
  if (node.type === 'Set' || node.type === 'List') {
    return {
      ok: false,
      code: 'invalid-date',
      message: `"${value}" is an EDTF set; expected one date or one interval`,
    };
  }
  const ends = node.type === 'Interval' ? [node.lower, node.upper] : [node];
  const known = ends.filter((end): end is EdtfNode => end !== null && end !== undefined);
  const start = isoDay(node.min);
  const end = isoDay(node.max);
  if (known.length === 0 || (start === null && end === null)) {
    return { ok: false, code: 'invalid-date', message: `"${value}" has no known start or end` };
  }
  if (known.some((part) => Number.isNaN(part.min) || Number.isNaN(part.max))) {
    return {
      ok: false,
      code: 'invalid-date',
      message: `"${value}" is outside the supported years -9999 to 9999`,
    };
  }
  return {
    ok: true,
    value: {
      start,
      end,
      precision: known.map(precisionOf).reduce(coarser),
      approximate: known.some((part) => (part.approximate?.value ?? 0) !== 0),
      uncertain: known.some((part) => (part.uncertain?.value ?? 0) !== 0),
    },
  };
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A date the text gives only relative to another ("next year", "ten days after"), and how it was resolved. */
export const RelativeDateSchema = z
  .strictObject({
    /** The words of the text, verbatim: "Next year", "only ten days after". */
    phrase: textSchema(),
    /**
     * What the phrase counts from: an EDTF date (the report's date, `2023-05-03`, for "next year")
     * or the id of the record whose date it counts from (`event:october-7-export-controls`).
     */
    anchor: textSchema(),
    /** How the date was worked out, in a sentence: "the year after the report's publication year". */
    method: textSchema(),
  })
  .describe('How a relative date was resolved against its anchor.');

/** The published form of a relative date, registered for a shared JSON Schema definition. */
const PublishedRelativeDateSchema = RelativeDateSchema.meta({ id: 'RelativeDate' });

/** A date the text gives only relatively, and how it was resolved. */
export interface RelativeDate extends z.infer<typeof RelativeDateSchema> {}

/**
 * A date or interval, as EDTF with its derived sortable bounds. The published form: every derived
 * field must agree with `edtf`, which `validateDataset` checks.
 */
export const DateSchema = z
  .strictObject({
    /** The date as EDTF (ISO 8601-2): `2022-10-07`, `2018-04`, `2022~` (approximate), `2021/2025` (interval). */
    edtf: z.string().min(1),
    /** First day covered, `YYYY-MM-DD`, derived from `edtf`; `null` when the start is open or unknown. */
    start: z.string().nullable(),
    /** Last day covered, `YYYY-MM-DD`, derived from `edtf`; `null` when the end is open or unknown. */
    end: z.string().nullable(),
    /** How finely the date is known, derived from `edtf`. */
    precision: z.enum(DATE_PRECISIONS),
    /** Whether the text marks the date approximate, derived from `edtf`. */
    approximate: z.boolean(),
    /** Whether the text marks the date uncertain, derived from `edtf`. */
    uncertain: z.boolean(),
    /** Present when the text gives the date only relatively: the phrase, its anchor and the method. */
    relative: PublishedRelativeDateSchema.optional(),
  })
  .superRefine((date, ctx) => {
    const described = describeEdtf(date.edtf);
    if (!described.ok) {
      ctx.addIssue({
        code: 'custom',
        path: ['edtf'],
        message: described.message,
        params: { code: described.code },
      });
      return;
    }
    for (const key of ['start', 'end', 'precision', 'approximate', 'uncertain'] as const) {
      if (described.value[key] !== date[key]) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${key} must be derived from edtf "${date.edtf}": expected ${JSON.stringify(described.value[key])}, received ${JSON.stringify(date[key])}`,
          params: { code: 'date-mismatch' },
        });
      }
    }
  })
  .meta({ id: 'Date', description: 'A date or interval as EDTF, with its derived sortable bounds.' });

/** A date or interval, as EDTF with its derived sortable bounds. */
export interface DateInfo extends z.infer<typeof DateSchema> {}

/**
 * The authoring form of a date: an EDTF string, or `{ edtf, relative }` for a relative date.
 * Parsing turns it into a {@link DateInfo}.
 *
 * ```ts
 * DateInputSchema.parse('2022~');
 * // { edtf: '2022~', start: '2022-01-01', end: '2022-12-31', precision: 'year', approximate: true, uncertain: false }
 * ```
 */
export const DateInputSchema = z
  .union([z.string(), z.strictObject({ edtf: z.string(), relative: RelativeDateSchema.optional() })])
  .transform((input, ctx): DateInfo => {
    const { edtf: text, relative } = typeof input === 'string' ? { edtf: input, relative: undefined } : input;
    const described = describeEdtf(text);
    if (!described.ok) {
      ctx.addIssue({ code: 'custom', message: described.message, params: { code: described.code } });
      return z.NEVER;
    }
    return relative ? { edtf: text, ...described.value, relative } : { edtf: text, ...described.value };
  });

/** The authoring form of a date. */
export type DateInput = z.input<typeof DateInputSchema>;

/**
 * Turns an EDTF string (and, for a relative date, how it was resolved) into a {@link DateInfo}.
 * Throws a `RangeError` naming the problem when the string is not valid EDTF.
 *
 * ```ts
 * toDateInfo('2024', { phrase: 'Next year', anchor: '2023-05-03', method: "the year after the report's year" });
 * ```
 */
export function toDateInfo(text: string, relative?: RelativeDate): DateInfo {
  const described = describeEdtf(text);
  if (!described.ok) throw new RangeError(`toDateInfo: ${described.message}`);
  return relative ? { edtf: text, ...described.value, relative } : { edtf: text, ...described.value };
}
