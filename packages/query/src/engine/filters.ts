// What figures, timeline and quotes answer, given checked options: each starts from the smallest
// candidate set an index gives, then applies every filter. Every array returned is fresh and frozen.
import type { AnyRecord } from '@chipwar/schema';
import { matchOf, type Range } from '../internal/args.ts';
import type { DateMatch, TimelineKind } from '../types.ts';
import { byId, byQuoteDay, type Indexes, type MatchedEntry } from './indexes.ts';
import { mergeSorted } from './timeline.ts';

/** How a date answers a range: kept (and how), or dropped. Without a range every date is certain. */
function rangeMatch(
  date: { readonly start: string | null; readonly end: string | null } | undefined,
  range: Range,
): DateMatch | undefined {
  if (!date) return undefined;
  const match = matchOf(date.start, date.end, range.from, range.to);
  return match === 'certain' || range.match === 'possible' ? match : undefined;
}

/** Checked options of `figures`. */
export interface FigureQuery {
  /** The subjects to look for (the subject, and with `related` its neighbours). */
  subjects: ReadonlySet<string> | undefined;
  metric: string | undefined;
  unit: string | undefined;
  qualifier: string | undefined;
  range: Range | undefined;
}

/** The figures matching every filter, in id order. */
export function findFigures(indexes: Indexes, query: FigureQuery): readonly AnyRecord[] {
  const { subjects, metric, unit, qualifier, range } = query;
  let candidates: readonly AnyRecord[];
  if (subjects !== undefined) {
    const found = new Set<AnyRecord>();
    for (const id of subjects)
      for (const figure of indexes.figures().bySubject.get(id) ?? []) found.add(figure);
    candidates = [...found].sort(byId);
  } else if (metric !== undefined) {
    candidates = indexes.figures().byMetric.get(metric) ?? [];
  } else if (range !== undefined) {
    candidates = indexes
      .figures()
      .byPeriod.range(range.from, range.to, range.match)
      .sort((a, b) => a.entry.rank - b.entry.rank)
      .map((item) => item.entry.figure);
  } else {
    candidates = indexes.ofKind('figure');
  }
  // A loop, not filter: V8's array builtins take a slow path on the frozen index lists.
  const found: AnyRecord[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const record = candidates[index] as AnyRecord;
    if (record.kind !== 'figure') continue;
    if (metric !== undefined && record.metric !== metric) continue;
    if (unit !== undefined && record.unit !== unit) continue;
    if (qualifier !== undefined && record.qualifier !== qualifier) continue;
    if (range === undefined || rangeMatch(record.period, range) !== undefined) found.push(record);
  }
  return Object.freeze(found);
}

/** Checked options of `timeline`. */
export interface TimelineQuery {
  kinds: readonly TimelineKind[];
  range: Range | undefined;
  /** The record whose involvements to list. */
  involving: string | undefined;
}

/** Dated records in timeline order: first day (open starts last), then last day, then id. */
export function findTimeline(indexes: Indexes, query: TimelineQuery): readonly MatchedEntry[] {
  const { kinds, range, involving } = query;
  const involved = involving === undefined ? undefined : (indexes.involvements().get(involving) ?? []);
  const perKind = kinds.map((kind) => {
    const index = indexes.timeline().get(kind);
    if (!index) return [];
    return involved
      ? index.among(involved, range?.from, range?.to)
      : index.range(range?.from, range?.to, range?.match);
  });
  const entries: MatchedEntry[] = [];
  for (const { entry } of mergeSorted(perKind)) {
    const match = range === undefined ? 'certain' : rangeMatch(entry.date, range);
    if (match !== undefined) entries.push(entry[match]);
  }
  return Object.freeze(entries);
}

/** Checked options of `quotes`. */
export interface QuoteQuery {
  speaker: string | undefined;
  range: Range | undefined;
  /** Lower-case words that must all occur in the text. */
  words: readonly string[];
}

/** Quotes matching every filter, by first day (undated last), then id. */
export function findQuotes(indexes: Indexes, query: QuoteQuery): readonly AnyRecord[] {
  const { speaker, range, words } = query;
  // Start from the smallest candidate set an index gives, then check every filter.
  const ranged = speaker === undefined && range !== undefined;
  const candidates =
    speaker !== undefined
      ? (indexes.quotes().bySpeaker.get(speaker) ?? [])
      : ranged
        ? (indexes
            .timeline()
            .get('quote')
            ?.range(range.from, range.to, range.match)
            .map((item) => item.entry.certain.record) ?? [])
        : indexes.quotes().ordered;
  // A loop, not filter: V8's array builtins take a slow path on the frozen index lists.
  const found: AnyRecord[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const record = candidates[index] as AnyRecord;
    if (record.kind !== 'quote') continue;
    if (speaker !== undefined && record.speaker.id !== speaker && record.speaker.affiliation !== speaker)
      continue;
    if (range !== undefined && rangeMatch(record.date, range) === undefined) continue;
    if (words.length > 0) {
      const text = record.text.toLowerCase();
      if (!words.every((word) => text.includes(word))) continue;
    }
    found.push(record);
  }
  // The index lists are in quote order already; the timeline's range is in timeline order.
  return Object.freeze(ranged ? found.sort(byQuoteDay) : found);
}
