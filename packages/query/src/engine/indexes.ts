// The records of one dataset and every index over them, each read or built on first use: importing
// the package costs no index work, and answering one `get` reads and indexes one kind of record.
import type { AnyRecord, Dataset, DateInfo, Kind, Relation, RetiredId } from '@chipwar/schema';
import { KIND_NAMES, KINDS, kindOfPrefix, referencesOf } from '@chipwar/schema/core';
import { Ledger } from '@chipwar/schema/versioning';
import type { DateMatch, TimelineKind } from '../types.ts';
import { type Dated, dated, TimelineIndex } from './timeline.ts';

/** The kinds of record `timeline` can show, in the order it merges them. */
export const TIMELINE_KINDS: readonly TimelineKind[] = ['event', 'policy', 'document', 'quote'];

/** A timeline entry as `timeline` returns it: frozen, with how its date matched the range. */
export interface MatchedEntry {
  readonly id: string;
  readonly kind: TimelineKind;
  readonly date: DateInfo;
  readonly label: string;
  readonly match: DateMatch;
  readonly record: AnyRecord;
}

/**
 * A dated record as the timeline index holds it, with the two entries `timeline` can return for
 * it, made and frozen once: answers then allocate nothing per result, and no caller can change
 * what another sees.
 */
export interface TimelineItem {
  readonly id: string;
  readonly date: DateInfo;
  readonly certain: MatchedEntry;
  readonly possible: MatchedEntry;
}

/** Id order. */
export function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function isSortedById(records: readonly { readonly id: string }[]): boolean {
  for (let index = 1; index < records.length; index++) {
    if (byId(records[index - 1] as AnyRecord, records[index] as AnyRecord) > 0) return false;
  }
  return true;
}

// Sorts quotes with an unknown date after every dated one.
const UNDATED = '\uffff';

/** The order of `quotes`: by first day, undated last, then id. */
export function byQuoteDay(a: AnyRecord, b: AnyRecord): number {
  const dayA = (a.kind === 'quote' && a.date?.start) || UNDATED;
  const dayB = (b.kind === 'quote' && b.date?.start) || UNDATED;
  return dayA < dayB ? -1 : dayA > dayB ? 1 : byId(a, b);
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Index lists are handed to callers as they are, so each is frozen once, when built.
function freezeLists<K, V>(map: Map<K, V[]>): Map<K, readonly V[]> {
  for (const list of map.values()) Object.freeze(list);
  return map;
}

/**
 * The records of a dataset that is known to be valid and deep-frozen, with lazily built indexes.
 * Even the records are read kind by kind, on first use: the shipped dataset parses a collection
 * only when it is read (see `@chipwar/dataset/collections`), so a `get` parses one kind.
 */
export class Indexes {
  readonly ledger: Ledger;
  private readonly kinds = new Map<Kind, readonly AnyRecord[]>();
  private readonly ids = new Map<string, AnyRecord>();
  private figureIndex?: {
    bySubject: Map<string, readonly AnyRecord[]>;
    byMetric: Map<string, readonly AnyRecord[]>;
    byPeriod: TimelineIndex<{ id: string; figure: AnyRecord; rank: number }>;
  };
  private involvementIndex?: Map<string, readonly string[]>;
  private quoteIndex?: { ordered: readonly AnyRecord[]; bySpeaker: Map<string, readonly AnyRecord[]> };
  private timelineIndex?: Map<TimelineKind, TimelineIndex<TimelineItem>>;
  private mentionIndex?: Map<string, readonly AnyRecord[]>;
  private relationIndex?: { out: Map<string, readonly Relation[]>; in: Map<string, readonly Relation[]> };

  constructor(readonly dataset: Dataset) {
    this.ledger = new Ledger<RetiredId>(dataset.retired ?? []);
  }

  /** The records of a kind, in id order. */
  ofKind(kind: Kind): readonly AnyRecord[] {
    let records = this.kinds.get(kind);
    if (!records) {
      const collection = this.dataset[KINDS[kind].collection] as readonly AnyRecord[];
      // The shipped collections are frozen and sorted already: they are used as they are.
      records =
        Object.isFrozen(collection) && isSortedById(collection)
          ? collection
          : Object.freeze([...collection].sort(byId));
      this.kinds.set(kind, records);
      for (const record of records) this.ids.set(record.id, record);
    }
    return records;
  }

  /** The record with this id, or `undefined`; reads only the kind its prefix names. */
  record(id: string): AnyRecord | undefined {
    const found = this.ids.get(id);
    if (found !== undefined) return found;
    const colon = id.indexOf(':');
    // Stryker disable next-line EqualityOperator: equivalent: at colon 0 the prefix is '', which names no kind.
    const kind = colon > 0 ? kindOfPrefix(id.slice(0, colon)) : undefined;
    if (kind === undefined || this.kinds.has(kind)) return undefined;
    this.ofKind(kind);
    return this.ids.get(id);
  }

  /** Every record, kind by kind in the order of the schema's kinds, each kind in id order. */
  records(): AnyRecord[] {
    return KIND_NAMES.flatMap((kind) => this.ofKind(kind));
  }

  /** Relations by subject (`out`) and by object (`in`), each list in id order. */
  relations() {
    if (!this.relationIndex) {
      const out = new Map<string, Relation[]>();
      const into = new Map<string, Relation[]>();
      for (const relation of this.ofKind('relation') as Relation[]) {
        addTo(out, relation.subject, relation);
        addTo(into, relation.object, relation);
      }
      this.relationIndex = { out: freezeLists(out), in: freezeLists(into) };
    }
    return this.relationIndex;
  }

  /** Figures by subject and by metric (in id order), and figures with a period indexed by it. */
  figures() {
    if (!this.figureIndex) {
      const bySubject = new Map<string, AnyRecord[]>();
      const byMetric = new Map<string, AnyRecord[]>();
      // A figure's rank is its place in id order, so results of a range sort by a number.
      const periods: Dated<{ id: string; figure: AnyRecord; rank: number }>[] = [];
      for (const [rank, figure] of this.ofKind('figure').entries()) {
        if (figure.kind !== 'figure') continue;
        for (const subject of new Set(figure.subjects)) addTo(bySubject, subject, figure);
        addTo(byMetric, figure.metric, figure);
        if (figure.period) periods.push(dated({ id: figure.id, figure, rank }, figure.period));
      }
      this.figureIndex = {
        bySubject: freezeLists(bySubject),
        byMetric: freezeLists(byMetric),
        byPeriod: new TimelineIndex(periods),
      };
    }
    return this.figureIndex;
  }

  /**
   * For each id, the dated records (events, policies, documents, quotes) that refer to it outside
   * their citations: its participants, issuers, targets, authors, speakers. What `involving` reads.
   */
  involvements() {
    if (!this.involvementIndex) {
      const index = new Map<string, string[]>();
      for (const kind of TIMELINE_KINDS) {
        for (const record of this.ofKind(kind)) {
          if (!(record as { date?: DateInfo }).date) continue;
          const ids = new Set<string>();
          for (const reference of referencesOf(record)) {
            if (reference.path[0] !== 'sources') ids.add(reference.id);
          }
          for (const id of ids) addTo(index, id, record.id);
        }
      }
      this.involvementIndex = freezeLists(index);
    }
    return this.involvementIndex;
  }

  /**
   * Every quote in the order `quotes` returns them (by first day, undated last, then id), and the
   * same order per speaker and per body an unnamed speaker belongs to, so a filter keeps the order.
   */
  quotes() {
    if (!this.quoteIndex) {
      const ordered = [...this.ofKind('quote')].sort(byQuoteDay);
      const bySpeaker = new Map<string, AnyRecord[]>();
      for (const quote of ordered) {
        if (quote.kind !== 'quote') continue;
        for (const id of new Set([quote.speaker.id, quote.speaker.affiliation])) {
          if (id !== undefined) addTo(bySpeaker, id, quote);
        }
      }
      this.quoteIndex = { ordered: Object.freeze(ordered), bySpeaker: freezeLists(bySpeaker) };
    }
    return this.quoteIndex;
  }

  /** One range index per kind of dated record. */
  timeline() {
    if (!this.timelineIndex) {
      const index = new Map<TimelineKind, TimelineIndex<TimelineItem>>();
      for (const kind of TIMELINE_KINDS) {
        const items: Dated<TimelineItem>[] = [];
        for (const record of this.ofKind(kind)) {
          const date = (record as { date?: DateInfo }).date;
          if (!date) continue;
          const label =
            ('label' in record ? record.label : 'name' in record ? record.name : undefined) ?? record.id;
          const entry = (match: DateMatch): MatchedEntry =>
            Object.freeze({ id: record.id, kind, date, label, match, record });
          items.push(
            dated({ id: record.id, date, certain: entry('certain'), possible: entry('possible') }, date),
          );
        }
        index.set(kind, new TimelineIndex(items));
      }
      this.timelineIndex = index;
    }
    return this.timelineIndex;
  }

  /** For each id, every record that refers to it, in id order. */
  mentions() {
    if (!this.mentionIndex) {
      const index = new Map<string, AnyRecord[]>();
      for (const record of this.records()) {
        const seen = new Set<string>();
        for (const reference of referencesOf(record)) {
          if (reference.id === record.id || seen.has(reference.id)) continue;
          seen.add(reference.id);
          addTo(index, reference.id, record);
        }
      }
      for (const list of index.values()) list.sort(byId);
      this.mentionIndex = freezeLists(index);
    }
    return this.mentionIndex;
  }
}
