// The timeline's range index: one per kind of dated record. A range query costs O(log n + k) for
// any mix of date spans, so one century-long entry does not make every query scan a century.
import { overlaps } from '../internal/args.ts';
import { memoized } from '../internal/memo.ts';
import type { DateMatch } from '../types.ts';

/** A dated value (a timeline entry, or a figure by its period) as the index sorts it. */
export interface Dated<T extends { id: string }> {
  entry: T;
  /** Its first day, or `MIN_DAY` when the start is open or unknown. */
  start: string;
  /** Its last day, or `MAX_DAY` when the end is open or unknown. */
  end: string;
  /** Its index in its kind's sorted list, set by `TimelineIndex`. */
  position: number;
}

// Keys for open ends in range arithmetic: an unknown start lies before every day, an unknown end
// after every day. (In timeline order an open start comes last; see compareDated.)
export const MIN_DAY = '-999999';
export const MAX_DAY = '\uffff';

/** Wraps a value with its date's first and last days, open ends as `MIN_DAY` and `MAX_DAY`. */
export function dated<T extends { id: string }>(
  entry: T,
  date: { readonly start: string | null; readonly end: string | null },
): Dated<T> {
  return { entry, start: date.start ?? MIN_DAY, end: date.end ?? MAX_DAY, position: 0 };
}

// An open start sorts after every known one: "before 2027" is not an event of the year 1.
function startKey(day: string): string {
  return day === MIN_DAY ? MAX_DAY : day;
}

/** Timeline order: first day (open starts last), then last day, then id. */
export function compareDated(a: Dated<{ id: string }>, b: Dated<{ id: string }>): number {
  const startA = startKey(a.start);
  const startB = startKey(b.start);
  if (startA !== startB) return startA < startB ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}

/** Merges lists each sorted by `compareDated` into one sorted list, in O(total × lists). */
export function mergeSorted<T extends { id: string }>(lists: Dated<T>[][]): Dated<T>[] {
  if (lists.length === 1) return lists[0] as Dated<T>[];
  const heads = lists.filter((list) => list.length > 0).map((list) => ({ list, next: 0 }));
  if (heads.length <= 1) return heads[0]?.list ?? [];
  const merged: Dated<T>[] = [];
  for (;;) {
    let best: { item: Dated<T>; head: (typeof heads)[number] } | undefined;
    for (const head of heads) {
      const item = head.list[head.next];
      if (item && (!best || compareDated(item, best.item) < 0)) best = { item, head };
    }
    if (!best) return merged;
    merged.push(best.item);
    best.head.next++;
  }
}

/** What the binary searches read of an entry. */
type Days = { start: string; end: string };

/** The first index whose key is not below `target` (`list` sorted ascending by `key`). */
function lowerBound(list: readonly Days[], target: string, key: (item: Days) => string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (key(list[mid] as Days) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether an entry lies wholly within [from, to]: an open end is never within a bound on that side. */
function within(item: Days, from: string | undefined, to: string | undefined): boolean {
  return (
    (from === undefined || (item.start !== MIN_DAY && item.start >= from)) &&
    (to === undefined || (item.end !== MAX_DAY && item.end <= to))
  );
}

function overlapping(item: Days, from: string | undefined, to: string | undefined): boolean {
  return overlaps(item.start, item.end, from, to);
}

const DAY_MS = 86_400_000;
const byStart = (item: Days) => item.start;
const byEnd = (item: Days) => item.end;

/** A day shifted back by some days; `MIN_DAY` when that leaves the calendar `Date` knows. */
function daysBefore(day: string, days: number): string {
  const ms = Date.parse(day) - days * DAY_MS;
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : MIN_DAY;
}

/**
 * Bounded entries whose spans are within a factor of two of each other, sorted by start. One that
 * overlaps a range from `from` starts at most `span` days before it, so a query scans only the
 * entries starting in [from − span, to]: few that do not overlap, since the spans are alike.
 */
interface SpanClass<T extends { id: string }> {
  items: Dated<T>[];
  /** The longest span in the class, in days. */
  span: number;
  /** The first index that can overlap a range from this day. Memoized: `Date` costs more than a small query. */
  lowFor: (from: string) => number;
  /** The first index that starts on or after this day. Memoized. */
  startsFrom: (from: string) => number;
  /** The first index that starts after this day. Memoized. */
  highFor: (to: string) => number;
}

/** Dated values (one kind's timeline entries, or figures by period), indexed for range queries. */
export class TimelineIndex<T extends { id: string }> {
  private readonly classes: SpanClass<T>[] = [];
  // Entries with an open start overlap a range when they end on or after its first day: sorted
  // by end (their timeline order), that is a suffix. Those with an open end overlap when they
  // start on or before its last day: a prefix in start order. Both open: always.
  private readonly openStart: Dated<T>[] = [];
  private readonly openEnd: Dated<T>[] = [];
  private readonly openBoth: Dated<T>[] = [];
  private readonly openStartFrom = memoized((from) => lowerBound(this.openStart, from, byEnd));
  private readonly openEndTo = memoized((to) => lowerBound(this.openEnd, `${to}\uffff`, byStart));

  private readonly byId = new Map<string, Dated<T>>();

  /** Indexes these entries; each one's `position` becomes its place in timeline order. */
  constructor(items: Dated<T>[]) {
    const bySpan = new Map<number, { items: Dated<T>[]; span: number }>();
    for (const [position, item] of [...items].sort(compareDated).entries()) {
      item.position = position;
      this.byId.set(item.entry.id, item);
      const openStart = item.start === MIN_DAY;
      const openEnd = item.end === MAX_DAY;
      if (openStart && openEnd) this.openBoth.push(item);
      else if (openStart) this.openStart.push(item);
      else if (openEnd) this.openEnd.push(item);
      else {
        const days = (Date.parse(item.end) - Date.parse(item.start)) / DAY_MS;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: span classes only narrow what a query scans (each scans back by its own longest span), so any grouping gives the same answers.
        const spanClass = days <= 1 ? 0 : Math.ceil(Math.log2(days));
        const members = bySpan.get(spanClass);
        if (!members) bySpan.set(spanClass, { items: [item], span: days });
        else {
          members.items.push(item);
          if (days > members.span) members.span = days;
        }
      }
    }
    for (const { items, span } of bySpan.values()) {
      this.classes.push({
        items,
        span,
        lowFor: memoized((from) => lowerBound(items, daysBefore(from, span), byStart)),
        startsFrom: memoized((from) => lowerBound(items, from, byStart)),
        highFor: memoized((to) => lowerBound(items, `${to}\uffff`, byStart)),
      });
    }
  }

  /**
   * The entries with these ids whose dates overlap [from, to], in timeline order: for a few ids
   * (the records that involve one record), cheaper than scanning the range.
   */
  among(ids: Iterable<string>, from: string | undefined, to: string | undefined): Dated<T>[] {
    const picked: Dated<T>[] = [];
    for (const id of ids) {
      const item = this.byId.get(id);
      if (item && overlaps(item.start, item.end, from, to)) picked.push(item);
    }
    return picked.sort((a, b) => a.position - b.position);
  }

  /**
   * The entries whose dates overlap [from, to] (open bounds reach forever), in timeline order; with
   * `match: 'certain'` only those wholly within it, which a query finds without looking back before
   * `from` or at the entries open on a bounded side.
   */
  range(from: string | undefined, to: string | undefined, match: DateMatch = 'possible'): Dated<T>[] {
    const certain = match === 'certain';
    const keep = certain ? within : overlapping;
    const picked: Dated<T>[] = [];
    for (const { items, lowFor, startsFrom, highFor } of this.classes) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: scanning on to the end is only slower (keep() filters what is read), and highFor(undefined) is items.length too.
      const high = to === undefined ? items.length : highFor(to);
      const low = from === undefined ? 0 : certain ? startsFrom(from) : lowFor(from);
      for (let index = low; index < high; index++) {
        const item = items[index] as Dated<T>;
        if (keep(item, from, to)) picked.push(item);
      }
    }
    if (certain) this.pickOpenWithin(from, to, picked);
    else this.pickOpenOverlapping(from, to, picked);
    // `picked` is a few runs each already in timeline order; the sort merges the runs.
    return picked.sort((a, b) => a.position - b.position);
  }

  private pickOpenOverlapping(from: string | undefined, to: string | undefined, picked: Dated<T>[]): void {
    const openStart = this.openStart;
    for (let index = from === undefined ? 0 : this.openStartFrom(from); index < openStart.length; index++) {
      picked.push(openStart[index] as Dated<T>);
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: taking every open-end entry without `to` is what openEndTo(undefined) gives too.
    const openEndHigh = to === undefined ? this.openEnd.length : this.openEndTo(to);
    for (let index = 0; index < openEndHigh; index++) {
      picked.push(this.openEnd[index] as Dated<T>);
    }
    for (const item of this.openBoth) picked.push(item);
  }

  // An entry open at one end is within a range only when the range is open on that side too.
  private pickOpenWithin(from: string | undefined, to: string | undefined, picked: Dated<T>[]): void {
    if (from === undefined) {
      // Sorted by end: those ending by `to` are a prefix.
      const openStart = this.openStart;
      const high = to === undefined ? openStart.length : lowerBound(openStart, `${to}\uffff`, byEnd);
      for (let index = 0; index < high; index++) picked.push(openStart[index] as Dated<T>);
    }
    if (to === undefined) {
      // Sorted by start: those starting on or after `from` are a suffix.
      const openEnd = this.openEnd;
      for (
        let index = from === undefined ? 0 : lowerBound(openEnd, from, byStart);
        index < openEnd.length;
        index++
      ) {
        picked.push(openEnd[index] as Dated<T>);
      }
    }
    if (from === undefined && to === undefined) for (const item of this.openBoth) picked.push(item);
  }
}
