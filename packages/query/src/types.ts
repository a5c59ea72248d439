import type {
  Citation,
  DateInfo,
  Headings,
  Kind,
  Predicate,
  PrefixOf,
  Qualifier,
  RecordOfKind,
  Unit,
} from '@chipwar/schema';
import type { ResolvedId } from '@chipwar/schema/versioning';

export type { Headings } from '@chipwar/schema';
export type { ResolvedId } from '@chipwar/schema/versioning';

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

/**
 * How a date range selects records: `certain` keeps those whose whole date lies within the range
 * (an event of 2022 is certainly within 2022); `possible` also keeps those that only may fall in it,
 * because their date is wider than the range or open ("before 2027" may be 2022, or not).
 */
export type DateMatch = 'certain' | 'possible';

/**
 * A `from` or `to` bound of a date filter: a calendar date (`'2018'`, `'2018-04'`, `'2018-04-30'`),
 * which counts from its first day or up to its last, or a date with known first and last days,
 * such as a record's `date` (`timeline({ from: get('event:zte-export-ban-2018').date })`) or, for any
 * other EDTF date, `describeEdtf(text).value` from `@chipwar/schema`.
 */
export type DateBound = string | { readonly start: string | null; readonly end: string | null };

/** A date range of the filters of `figures`, `timeline` and `quotes`. */
export interface DateRange {
  /** Only records dated on or after this bound's first day. */
  from?: DateBound;
  /** Only records dated on or before this bound's last day. */
  to?: DateBound;
  /**
   * With `from` or `to`: `certain` (the default) keeps records whose whole date lies within the
   * range; `possible` also keeps those whose date only overlaps it.
   */
  match?: DateMatch;
}

/** Filters of `figures`; `Id` types the ids it accepts (the shipped ids for the shipped dataset). */
export interface FigureFilter<Id extends string = string> extends DateRange {
  /** Only figures about this record (an id in `subjects`). */
  subject?: Id;
  /** With `subject`: also figures about the records it has relations with. */
  related?: boolean;
  /** Only figures of this metric slug, such as `'fund-size'`. */
  metric?: string;
  /** Only figures in this unit, such as `'USD'` or `'percent'`. */
  unit?: Unit;
  /** Only figures with this qualifier, such as `'more-than'`. */
  qualifier?: Qualifier;
}

/** Filters of `timeline`. */
export interface TimelineFilter<Id extends string = string> extends DateRange {
  /** Kinds of dated records to include; events only by default. */
  include?: readonly TimelineKind[];
  /** Only entries that involve this record (participants, issuers, targets, authors, speaker). */
  involving?: Id;
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
  /**
   * How the entry's date relates to the range asked for: `certain` when it lies wholly within,
   * `possible` when it only overlaps (always `certain` without a range).
   */
  readonly match: DateMatch;
  /** The record itself. */
  readonly record: R[TimelineKind];
}

/** Filters of `quotes`. */
export interface QuoteFilter<Id extends string = string> extends DateRange {
  /** Only quotes by this speaker, or by unnamed speakers affiliated with it. */
  speaker?: Id;
  /** Only quotes containing every one of these words (case-insensitive). */
  words?: string;
}

/** Options of `relationsOf`. */
export interface RelationOptions {
  /** Only relations with this predicate. */
  predicate?: Predicate;
  /** `out`: the record is the subject; `in`: the object; `both` (default). */
  direction?: Direction;
}

/** Options of `neighbors`. */
export interface NeighborOptions {
  /** How many relations away to look (default 1). */
  depth?: number;
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
  /** How many results at most (default 20, at most 1,000). */
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

/** Options of `cite`. */
export interface CiteOptions<F extends CiteFormat = CiteFormat> {
  /** `text` (default), `markdown`, or `csl-json` items for reference managers. */
  format?: F;
}

/** A CSL-JSON item (the format of Zotero, citeproc and Pandoc). */
export interface CslItem {
  /** The record's id, with `#n` when the record has several citations. */
  readonly id: string;
  /** Always `report`. */
  readonly type: 'report';
  /** The report's title. */
  readonly title: string;
  /** The report's author. */
  readonly author: readonly { readonly family: string; readonly given: string }[];
  /** The report's publisher. */
  readonly publisher?: string;
  /** The report's date. */
  readonly issued: { readonly 'date-parts': readonly (readonly number[])[] };
  /** The headings of the section (and subsection) cited. */
  readonly section: string;
  /** The paragraph cited, within the section. */
  readonly locator: string;
  /** Always `paragraph`. */
  readonly label: 'paragraph';
  /** The verbatim excerpt. */
  readonly quote: string;
  /** Which record the citation is for. */
  readonly note: string;
}

/**
 * The query helpers, bound to one dataset. Indexes are built once, on first use; every value they
 * return is frozen, so no caller can change what another caller sees. `R` types the records (schema
 * types, or the shipped dataset's narrowed ones); `Id` the ids the helpers accept.
 */
export interface Query<R extends RecordMap = SchemaRecords, Id extends string = string> {
  /** The record with this id, its type narrowed by the prefix; throws `UnknownIdError` if none. */
  get<I extends Id>(id: I): R[KindOfId<I>];
  /** The record with this id, or `undefined`. */
  find<I extends string>(id: I): R[KindOfId<I>] | undefined;
  /** What an id stands for now, following the ledger of retired ids; throws `UnknownIdError` if unknown. */
  resolveId(id: string): ResolvedId;
  /** Every record of a kind, in id order. */
  list<K extends Kind>(kind: K): readonly R[K][];
  /** Figures matching every given filter, in id order. */
  figures(filter?: FigureFilter<Id>): readonly R['figure'][];
  /** Dated records in chronological order (by first day, open starts last; then last day; then id). */
  timeline(filter?: TimelineFilter<Id>): readonly TimelineEntry<R>[];
  /** Quotes matching every given filter, in chronological order (undated last). */
  quotes(filter?: QuoteFilter<Id>): readonly R['quote'][];
  /** The relations a record takes part in, in id order. */
  relationsOf(id: Id, options?: RelationOptions): readonly R['relation'][];
  /** The records within `depth` relations of a record, nearest first. */
  neighbors(id: Id, options?: NeighborOptions): readonly Neighbor[];
  /** The shortest chain of relations between two records, or `undefined` when none links them. */
  path(fromId: Id, toId: Id): readonly PathStep<R>[] | undefined;
  /** Every record that refers to this one, in id order. */
  mentions(id: Id): readonly R[Kind][];
  /** Ranked full-text search over names, aliases, labels, descriptions, quotes and excerpts. */
  search(text: string, options?: SearchOptions): readonly SearchResult<R>[];
  /** The section and subsection headings a citation's paragraph stands under. */
  headingsOf(citation: Pick<Citation, 'document' | 'section' | 'paragraph'>): Headings;
  /** The citation of a record: text (default), markdown, or CSL-JSON items. */
  cite(idOrRecord: Id | { readonly id: string }, options?: CiteOptions<'text' | 'markdown'>): string;
  cite(idOrRecord: Id | { readonly id: string }, options: CiteOptions<'csl-json'>): readonly CslItem[];
  cite(idOrRecord: Id | { readonly id: string }, options?: CiteOptions): string | readonly CslItem[];
}
