import type { DateInfo, Kind, PrefixOf, RecordOfKind, RetiredId } from '@chipwar/schema';

/** The kind an id's prefix stands for: `KindOfId<'org:smic'>` is `'organization'`. */
export type KindOfId<I extends string> = I extends `${infer P}:${string}`
  ? { [K in Kind]: PrefixOf<K> extends P ? K : never }[Kind]
  : Kind;

/** The record type of each kind a query returns. */
export type RecordMap = { [K in Kind]: { readonly id: string; readonly kind: K } };

/** The records of a dataset as `@chipwar/schema` types them. */
export type SchemaRecords = RecordOfKind;

/** Which direction of relations to follow from a record. */
export type Direction = 'out' | 'in' | 'both';

/** Which dated records `timeline` can include besides events. */
export type TimelineKind = 'event' | 'policy' | 'document' | 'quote';

/** Filters of `figures`. */
export interface FigureFilter {
  /** Only figures about this record (an id in `subjects`). */
  subject?: string;
  /** With `subject`: also figures about the records it has relations with. */
  related?: boolean;
  /** Only figures of this metric slug, such as `'fund-size'`. */
  metric?: string;
  /** Only figures in this unit, such as `'USD'` or `'percent'`. */
  unit?: string;
  /** Only figures with this qualifier, such as `'more-than'`. */
  qualifier?: string;
  /** Only figures whose period ends on or after this bound's first day. */
  from?: DateBound;
  /** Only figures whose period starts on or before this bound's last day. */
  to?: DateBound;
}

/**
 * A `from` or `to` bound of a date filter: a calendar date (`'2018'`, `'2018-04'`, `'2018-04-30'`),
 * which counts from its first day or up to its last, or a date with known first and last days,
 * such as a record's `date` (`timeline({ from: get('event:zte-export-ban-2018').date })`) or, for any
 * other EDTF date, `describeEdtf(text).value` from `@chipwar/schema`.
 */
export type DateBound = string | { readonly start: string | null; readonly end: string | null };

/** Filters of `timeline`. */
export interface TimelineFilter {
  /** Kinds of dated records to include; events only by default. */
  include?: readonly TimelineKind[];
  /** Only entries whose date ends on or after this bound's first day. */
  from?: DateBound;
  /** Only entries whose date starts on or before this bound's last day. */
  to?: DateBound;
  /** Only entries that involve this record (participants, issuers, targets, authors, speaker). */
  involving?: string;
}

/** One dated entry of the timeline. */
export interface TimelineEntry<R extends RecordMap = SchemaRecords> {
  /** The record's id. */
  readonly id: string;
  /** The record's kind. */
  readonly kind: TimelineKind;
  /** Its date. */
  readonly date: DateInfo;
  /** Its label or name. */
  readonly label: string;
  /** The record itself. */
  readonly record: R[TimelineKind];
}

/** Filters of `quotes`. */
export interface QuoteFilter {
  /** Only quotes by this speaker, or by unnamed speakers affiliated with it. */
  speaker?: string;
  /** Only quotes dated on or after this bound's first day. */
  from?: DateBound;
  /** Only quotes dated on or before this bound's last day. */
  to?: DateBound;
  /** Only quotes containing every one of these words (case-insensitive). */
  words?: string;
}

/** Options of `relationsOf`. */
export interface RelationOptions {
  /** Only relations with this predicate. */
  predicate?: string;
  /** `out`: the record is the subject; `in`: the object; `both` (default). */
  direction?: Direction;
}

/** A record reached by `neighbors`, with how many relations away it is. */
export interface Neighbor {
  /** The record's id. */
  readonly id: string;
  /** The number of relations between it and the start. */
  readonly distance: number;
}

/** One step of a `path`: a relation, and the direction it was walked in. */
export interface PathStep<R extends RecordMap = SchemaRecords> {
  /** The relation. */
  readonly relation: R['relation'];
  /** The id the step starts from. */
  readonly from: string;
  /** The id the step arrives at. */
  readonly to: string;
}

/** Options of `search`. */
export interface SearchOptions {
  /** Only records of these kinds. */
  kinds?: readonly Kind[];
  /** How many results at most (default 20). */
  limit?: number;
  /** Fuzzy matching: the share of a term's length that may differ (default 0.2; 0 turns it off). */
  fuzzy?: number;
  /** Whether a term also matches words it begins (default true). */
  prefix?: boolean;
}

/** One search result. */
export interface SearchResult<R extends RecordMap = SchemaRecords> {
  /** The record's id. */
  readonly id: string;
  /** The record's kind. */
  readonly kind: Kind;
  /** The relevance score (higher is better). */
  readonly score: number;
  /** The words of the query that matched. */
  readonly terms: readonly string[];
  /** The record. */
  readonly record: R[Kind];
}

/** Citation formats of `cite`. */
export type CiteFormat = 'text' | 'markdown' | 'csl-json';

/** A CSL-JSON item (the format of Zotero, citeproc and Pandoc). */
export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  author: { family: string; given: string }[];
  publisher?: string;
  issued: { 'date-parts': number[][] };
  section: string;
  locator: string;
  label: 'paragraph';
  quote: string;
  note: string;
}

/** What an id stands for now: itself, or where the ledger of retired ids leads. */
export interface ResolvedId {
  /** The id asked for. */
  readonly requested: string;
  /** The live id it resolves to; `undefined` when it was removed, or split into several. */
  readonly id: string | undefined;
  /** Whether the id asked for is retired. */
  readonly retired: boolean;
  /** The ledger entries followed, in order (empty for a live id). */
  readonly chain: readonly RetiredId[];
  /** For an id split in several: the live ids it became. */
  readonly candidates: readonly string[];
}
