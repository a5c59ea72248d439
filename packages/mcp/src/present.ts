// How answers look: every record travels with its citation, as structured content for programs
// (the record, its label, the citation `cite` writes) and as text for people.
import type { Query } from '@chipwar/query';
import type { AnyRecord } from '@chipwar/schema';
import * as z from 'zod';

/** A record as every tool answers it: the record itself and the citation that proves it. */
export interface CitedRecord {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  /** The report, the section, the paragraph and the verbatim excerpt, as `cite` writes them. */
  readonly citation: string;
  readonly record: AnyRecord;
}

const source = z.object({
  document: z.string(),
  section: z.string(),
  paragraph: z.number(),
  excerpt: z.string(),
});

/** The output schema of a cited record. */
export const citedRecord = z.object({
  id: z.string().describe('The record id, such as org:smic.'),
  kind: z.string().describe('The record kind, such as organization or figure.'),
  label: z.string().describe('The name of an entity or the label of a statement.'),
  citation: z
    .string()
    .min(1)
    .describe('The citation: report, section, paragraph and verbatim excerpt (one line per source).'),
  record: z
    .looseObject({ id: z.string(), kind: z.string(), sources: z.array(source).min(1) })
    .describe('The record as the dataset holds it, with its sources.'),
});

/** A record's name (entities) or label (statements and relations). */
export function labelOf(record: AnyRecord): string {
  if ('name' in record && record.name) return record.name;
  if ('label' in record && record.label) return record.label;
  if (record.kind === 'relation') return `${record.subject} ${record.predicate} ${record.object}`;
  return record.id;
}

/** The record with its citation. */
export function cited(query: Query, record: AnyRecord): CitedRecord {
  return { id: record.id, kind: record.kind, label: labelOf(record), citation: query.cite(record), record };
}

/** A field's value as one line of text. */
function describeValue(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'edtf' in value)
    return String((value as { edtf: string }).edtf);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Every field of a record but its sources, one per line, then its citation. */
export function recordText(entry: CitedRecord): string {
  const fields = Object.entries(entry.record)
    .filter(([key]) => key !== 'sources' && key !== 'id')
    .map(([key, value]) => `${key}: ${describeValue(value)}`);
  return [`${entry.id} — ${entry.label}`, ...fields, `Source: ${entry.citation}`].join('\n');
}

/** One record in a list: its id and label, an optional detail line, and its citation. */
export function itemText(entry: CitedRecord, detail?: string): string {
  const lines = [`- ${entry.id} — ${entry.label}`];
  if (detail) lines.push(`  ${detail}`);
  for (const line of entry.citation.split('\n')) lines.push(`  Source: ${line}`);
  return lines.join('\n');
}

/** A list of answers under a heading that says how many there are and how many are shown. */
export function listText(heading: string, items: readonly string[], total: number): string {
  if (total === 0) return `${heading}: none in the report's dataset.`;
  const shown = items.length < total ? ` (the first ${items.length}; pass a larger limit for more)` : '';
  return [`${heading}: ${total}${shown}`, ...items].join('\n');
}
