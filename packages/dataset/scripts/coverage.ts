// The source coverage report: every number and every quotation in the report, and the records
// whose excerpts cover it. What no record covers must be waived, with a reason, in
// coverage-waivers.yaml; a waiver that no longer matches anything is reported as stale.
import type { AnyRecord, Dataset } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import type { Paragraph, ParsedSource } from '@chipwar/source';

/** A number or a quotation in the report. */
export interface CoverageItem {
  /** `number` (digits or a number word) or `quotation` (a “…” pair or a block quotation). */
  type: 'number' | 'quotation';
  /** Where it stands. */
  section: string;
  /** Its paragraph in the section. */
  paragraph: number;
  /** The item as printed. */
  text: string;
  /** Its offset in the paragraph text. */
  start: number;
  /** The ids of the records whose excerpts cover it. */
  coveredBy: string[];
  /** The reason it is waived, when it is. */
  waived?: string;
}

/** A reviewed decision to leave an item uncovered. */
export interface Waiver {
  /** The section of the item. */
  section: string;
  /** The paragraph of the item. */
  paragraph: number;
  /** The item as printed (case-insensitive). */
  text: string;
  /** Words around the item, to pick one occurrence when the paragraph has several. */
  context?: string;
  /** Why no record covers it. */
  reason: string;
}

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'trillions',
  'dozen',
  'dozens',
  'decade',
  'decades',
  'half',
];

const NUMBER_PATTERN = new RegExp(`\\d+(?:[.,]\\d+)*|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi');

/** Finds every number and quotation in a paragraph. */
export function itemsOf(paragraph: Paragraph): Omit<CoverageItem, 'coveredBy'>[] {
  const items: Omit<CoverageItem, 'coveredBy'>[] = [];
  const at = { section: paragraph.section, paragraph: paragraph.paragraph };
  for (const match of paragraph.text.matchAll(NUMBER_PATTERN)) {
    items.push({ type: 'number', ...at, text: match[0], start: match.index });
  }
  if (paragraph.blockQuote) {
    items.push({ type: 'quotation', ...at, text: paragraph.text, start: 0 });
  } else {
    for (const match of paragraph.text.matchAll(/“[^”]*”/g)) {
      items.push({ type: 'quotation', ...at, text: match[0], start: match.index });
    }
  }
  return items;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1))
    found.push(index);
  return found;
}

function waiverMatches(
  waiver: Waiver,
  item: Omit<CoverageItem, 'coveredBy'>,
  paragraphText: string,
): boolean {
  if (waiver.section !== item.section || waiver.paragraph !== item.paragraph) return false;
  if (waiver.text.toLowerCase() !== item.text.toLowerCase()) return false;
  if (!waiver.context) return true;
  const end = item.start + item.text.length;
  return occurrences(paragraphText, waiver.context).some(
    (start) => start <= item.start && end <= start + (waiver.context?.length ?? 0),
  );
}

/** The coverage of every item of the report by the dataset's excerpts, with waivers applied. */
export function sourceCoverage(
  dataset: Dataset,
  source: ParsedSource,
  waivers: readonly Waiver[],
): { items: CoverageItem[]; staleWaivers: Waiver[] } {
  // Where each citation's excerpt stands: paragraph key → spans with the record id.
  const spans = new Map<string, { start: number; end: number; id: string }[]>();
  const textOf = new Map(
    source.paragraphs.map((paragraph) => [`${paragraph.section}#${paragraph.paragraph}`, paragraph.text]),
  );
  for (const kind of KIND_NAMES) {
    for (const record of dataset[KINDS[kind].collection] as AnyRecord[]) {
      for (const citation of record.sources) {
        const key = `${citation.section}#${citation.paragraph}`;
        const text = textOf.get(key);
        if (text === undefined) continue;
        for (const start of occurrences(text, citation.excerpt)) {
          const list = spans.get(key) ?? [];
          list.push({ start, end: start + citation.excerpt.length, id: record.id });
          spans.set(key, list);
        }
      }
    }
  }
  const used = new Set<Waiver>();
  const items: CoverageItem[] = [];
  for (const paragraph of source.paragraphs) {
    const key = `${paragraph.section}#${paragraph.paragraph}`;
    for (const item of itemsOf(paragraph)) {
      const end = item.start + item.text.length;
      const covering = (spans.get(key) ?? []).filter((span) =>
        item.type === 'number'
          ? span.start <= item.start && end <= span.end
          : span.start < end && item.start < span.end,
      );
      const entry: CoverageItem = {
        ...item,
        coveredBy: [...new Set(covering.map((span) => span.id))].sort(),
      };
      if (entry.coveredBy.length === 0) {
        const waiver = waivers.find((candidate) => waiverMatches(candidate, item, paragraph.text));
        if (waiver) {
          entry.waived = waiver.reason;
          used.add(waiver);
        }
      }
      items.push(entry);
    }
  }
  return { items, staleWaivers: waivers.filter((waiver) => !used.has(waiver)) };
}
