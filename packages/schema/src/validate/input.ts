import { z } from 'zod';
import { ArgumentError } from '../core/errors.ts';
import type { ValidationIssue } from '../core/issues.ts';
import { isKind, KIND_NAMES, type Kind } from '../core/kinds.ts';
import { type RetiredId, RetiredIdSchema } from '../model/ledger.ts';
import { RecordInputSchemas, type RecordOfKind } from '../model/records.ts';
import { issuesFromZod, PARSE_OPTIONS } from './zod-issues.ts';

/** The result of parsing one authored record or the ledger: the published form, or every problem. */
export type InputResult<T> =
  | { ok: true; data: T; issues: [] }
  | { ok: false; data: undefined; issues: ValidationIssue[] };

function result<T>(parsed: z.ZodSafeParseResult<unknown>): InputResult<T> {
  return parsed.success
    ? { ok: true, data: parsed.data as T, issues: [] }
    : { ok: false, data: undefined, issues: issuesFromZod(parsed.error) };
}

/**
 * Parses one record as a curator writes it (dates as EDTF strings) into its published form, or
 * lists every problem of its shape, with paths from the record root. The checks across records
 * (references, unique ids) are `validateDataset`'s. Never throws for bad data.
 *
 * ```ts
 * const parsed = parseRecordInput('figure', yaml.parse(text));
 * if (!parsed.ok) console.error(formatIssues(parsed.issues));
 * ```
 */
export function parseRecordInput<K extends Kind>(kind: K, input: unknown): InputResult<RecordOfKind[K]> {
  if (!isKind(kind))
    throw new ArgumentError('parseRecordInput', 'kind', `one of ${KIND_NAMES.join(', ')}`, kind);
  return result(RecordInputSchemas[kind].safeParse(input, PARSE_OPTIONS));
}

/**
 * Parses a ledger of retired ids (the dataset's `retired` list, or the dataset package's
 * `ledger.yaml`) entry by entry, or lists every problem of its shape. Whether the ledger agrees
 * with the records is `validateDataset`'s check.
 *
 * ```ts
 * parseLedgerInput([{ id: 'org:old', change: 'removed', version: '2.0.0', replacedBy: [], reason: '…' }]).ok; // true
 * ```
 */
export function parseLedgerInput(input: unknown): InputResult<RetiredId[]> {
  return result(z.array(RetiredIdSchema).safeParse(input, PARSE_OPTIONS));
}
