// Proves each record against the report: the excerpt is verbatim where the citation says, and the
// record's key fact (a figure's number, an event's date words, a quote's words, an entity's name)
// is in its excerpt. Pure functions over a parsed source, so tests can feed them small texts.
import { createHash } from 'node:crypto';
import type { AnyRecord, Dataset, Figure } from '@chipwar/schema';
import { KIND_NAMES, KINDS, SCALE_FACTORS } from '@chipwar/schema/core';
import { locate, type ParsedSource } from '@chipwar/source';

/** One failed check. */
export interface ProvenanceFailure {
  /** The record. */
  id: string;
  /** Which check failed. */
  check:
    | 'source-hash'
    | 'excerpt-not-found'
    | 'wrong-location'
    | 'key-fact-missing'
    | 'value-mismatch'
    | 'quote-not-verbatim'
    | 'outline-mismatch';
  /** What was wrong, what was expected, what was found. */
  message: string;
}

/** The month names the report writes dates with, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  decade: 10,
};

/**
 * The number a figure's `asWritten` states, multiplied out by its scale word: "$21 billion" is
 * 21e9, "3,470" is 3470, "ten days" is 10, "a decade and a half" is 15. `undefined` when the text
 * states no single number ("tens of billions", "thousands").
 */
export function numberAsWritten(asWritten: string, scale?: Figure['scale']): number | undefined {
  const text = asWritten.toLowerCase();
  let value: number | undefined;
  // "1x-nm" writes a digit as x: the text states a class of numbers, not one number.
  if (/\d[x×]/.test(text)) return undefined;
  const digits = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)/.exec(text);
  if (digits?.[1]) value = Number(digits[1].replaceAll(',', ''));
  else {
    const word = Object.keys(NUMBER_WORDS).find((candidate) => new RegExp(`\\b${candidate}\\b`).test(text));
    if (word) value = NUMBER_WORDS[word];
    if (value !== undefined && /\band a half\b/.test(text)) value *= 1.5;
  }
  if (value === undefined) return undefined;
  if (scale && text.includes(scale)) value *= SCALE_FACTORS[scale];
  return value;
}

function includesLoose(haystack: string, needle: string): boolean {
  return haystack.toLowerCase().includes(needle.toLowerCase());
}

/** The words an excerpt may use for a date: the year, the month name, "October 7". */
export function dateWords(start: string | null, end: string | null): string[] {
  const words = new Set<string>();
  for (const day of [start, end]) {
    if (!day) continue;
    const [year, month, date] = day.split('-');
    if (year) words.add(String(Number(year)));
    const monthName = MONTHS[Number(month) - 1];
    if (monthName && month !== '01') words.add(monthName);
    if (monthName && date && date !== '01') words.add(`${monthName} ${Number(date)}`);
  }
  return [...words];
}

function names(record: AnyRecord | undefined): string[] {
  if (!record || !('name' in record)) return [];
  return [record.name, ...(record.aliases ?? [])];
}

/** Splits quoted text at its ellipses, the places where the report left words out. */
function quoteSegments(text: string): string[] {
  return text
    .split(/\s*\.\s\.\s\.\s*/)
    .map((segment) => segment.replace(/^[.\s]+/, '').trim())
    .filter((segment) => segment.length > 0);
}

/** Checks every record of a dataset against the parsed report; returns every failure. */
export function verifyProvenance(
  dataset: Dataset,
  source: ParsedSource & { text: string },
): ProvenanceFailure[] {
  const failures: ProvenanceFailure[] = [];
  const sha = createHash('sha256').update(source.text).digest('hex');
  if (sha !== dataset.meta.source.sha256) {
    failures.push({
      id: dataset.meta.source.document,
      check: 'source-hash',
      message: `the source text has sha256 ${sha}, but the dataset was checked against ${dataset.meta.source.sha256}; citations may point into a different text`,
    });
  }
  const report = dataset.documents.find((document) => document.id === dataset.meta.source.document);
  if (JSON.stringify(report?.sections ?? null) !== JSON.stringify(source.outline)) {
    failures.push({
      id: dataset.meta.source.document,
      check: 'outline-mismatch',
      message: `the record's sections are not the report's outline (headings, paragraph counts, subsections); run npm run outline -w @chipwar/dataset`,
    });
  }
  const byId = new Map<string, AnyRecord>();
  for (const kind of KIND_NAMES)
    for (const record of dataset[KINDS[kind].collection] as AnyRecord[]) byId.set(record.id, record);
  const wholeText = source.paragraphs.map((paragraph) => paragraph.text).join('\n');

  for (const record of byId.values()) {
    const fail = (check: ProvenanceFailure['check'], message: string) =>
      failures.push({ id: record.id, check, message });
    const excerpts: string[] = [];
    record.sources.forEach((citation, index) => {
      if (citation.document !== dataset.meta.source.document) return;
      const hits = locate(source, citation.excerpt);
      if (hits.length === 0) {
        fail(
          'excerpt-not-found',
          `sources[${index}].excerpt is not verbatim in the report: ${JSON.stringify(citation.excerpt.slice(0, 80))}`,
        );
        return;
      }
      excerpts.push(citation.excerpt);
      if (!hits.some((hit) => hit.section === citation.section && hit.paragraph === citation.paragraph)) {
        const found = hits.map((hit) => `${hit.section} ¶${hit.paragraph}`).join(', ');
        fail(
          'wrong-location',
          `sources[${index}] is cited as ${citation.section} ¶${citation.paragraph} but stands at ${found}`,
        );
      }
    });
    if (excerpts.length === 0) continue;
    const inSome = (needle: string) => excerpts.some((excerpt) => includesLoose(excerpt, needle));

    switch (record.kind) {
      case 'figure': {
        if (!inSome(record.asWritten)) {
          fail(
            'key-fact-missing',
            `no excerpt contains the figure as written, ${JSON.stringify(record.asWritten)}`,
          );
        }
        const stated = numberAsWritten(record.asWritten, record.scale);
        if (stated !== undefined) {
          const matches = record.range
            ? stated >= record.range.min && stated <= record.range.max
            : record.value !== undefined &&
              Math.abs(record.value - stated) <= 1e-9 * Math.max(1, Math.abs(stated));
          if (!matches) {
            const held = record.range
              ? `range ${record.range.min}…${record.range.max}`
              : `value ${record.value}`;
            fail('value-mismatch', `"${record.asWritten}" states ${stated}, but the record holds ${held}`);
          }
        }
        break;
      }
      case 'event': {
        const words = record.date.relative
          ? [record.date.relative.phrase]
          : dateWords(record.date.start, record.date.end);
        if (!words.some(inSome)) {
          fail(
            'key-fact-missing',
            `no excerpt contains the event's date words (${words.map((word) => JSON.stringify(word)).join(', ')}) for ${record.date.edtf}`,
          );
        }
        break;
      }
      case 'quote': {
        const segments = quoteSegments(record.text);
        const missing = segments.filter((segment) => !wholeText.includes(segment));
        if (missing.length > 0) {
          fail(
            'quote-not-verbatim',
            `the quote text is not verbatim in the report: ${JSON.stringify(missing[0]?.slice(0, 80))}`,
          );
        }
        const overlaps = excerpts.some((excerpt) =>
          segments.some(
            (segment) =>
              excerpt.includes(segment) ||
              segment.includes(excerpt) ||
              segment.includes(excerpt.slice(0, 40)),
          ),
        );
        if (!overlaps) fail('key-fact-missing', 'no excerpt holds the quoted words');
        break;
      }
      case 'relation': {
        const ends = [record.subject, record.object].map((id) => names(byId.get(id)));
        if (!ends.some((endNames) => endNames.some(inSome))) {
          fail('key-fact-missing', `no excerpt names ${record.subject} or ${record.object}`);
        }
        break;
      }
      default: {
        const entityNames = names(record);
        if (!entityNames.some(inSome)) {
          fail(
            'key-fact-missing',
            `no excerpt contains the name or an alias (${entityNames.map((name) => JSON.stringify(name)).join(', ')})`,
          );
        }
      }
    }
  }
  return failures;
}
