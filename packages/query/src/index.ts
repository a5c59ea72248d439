/**
 * Indexed, typed query helpers over the chipwar dataset: lookup, figures, timeline, quotes,
 * relations, search and citations. The top-level functions answer from the shipped
 * `@chipwar/dataset`; `createQuery` from `@chipwar/query/create` binds the same functions to any
 * valid dataset. Every value they return is frozen; bad arguments throw an `ArgumentError`, unknown
 * ids an `UnknownIdError`.
 *
 * @packageDocumentation
 */

import type { EntryOfKind, RecordId, RetiredRecordId } from '@chipwar/dataset';
import { dataset } from '@chipwar/dataset/collections';
import type { Citation, Dataset, Kind } from '@chipwar/schema';
import { bindQuery } from './engine/bind.ts';
import type {
  CiteOptions,
  CslItem,
  FigureFilter,
  Headings,
  KindOfId,
  Neighbor,
  NeighborOptions,
  PathStep,
  Query,
  QuoteFilter,
  RelationOptions,
  ResolvedId,
  SearchOptions,
  SearchResult,
  TimelineEntry,
  TimelineFilter,
} from './types.ts';

export { ArgumentError } from '@chipwar/schema/core';
export { SEARCH_LIMITS } from './engine/search.ts';
export { RetiredIdError, UnknownIdError } from './errors.ts';
export { type FormatOptions, type FormattableFigure, formatFigure } from './format.ts';
export type * from './types.ts';

let shipped: Query<EntryOfKind, RecordId> | undefined;

// Built on first use, so importing the package costs no index work; and the dataset is read one
// collection at a time (@chipwar/dataset/collections), so a `get` parses only the kind of its id.
function shippedQuery(): Query<EntryOfKind, RecordId> {
  shipped ??= bindQuery<EntryOfKind, RecordId>(dataset as unknown as Dataset);
  return shipped;
}

/**
 * The record with this id, typed by its prefix; throws `UnknownIdError` (with the nearest ids in
 * `suggestions`) when no record has it.
 *
 * ```ts
 * get('org:smic').type; // 'company' (an Organization at compile time)
 * get('org:smiic'); // compile error; at run time: UnknownIdError, did you mean org:smic?
 * ```
 */
export function get<I extends RecordId>(id: I): EntryOfKind[KindOfId<I>];
/**
 * @deprecated This id was retired (renamed or merged): `get` still returns its replacement, with a
 * warning, until the next major version. Use the new id (`resolveId` tells which, and
 * `chipwar migrate` rewrites your files).
 */
export function get<I extends RetiredRecordId>(id: I): EntryOfKind[KindOfId<I>];
export function get(id: string): unknown {
  return shippedQuery().get(id as RecordId);
}

/**
 * What an id stands for now: a live id stands for itself; a retired one is followed through the
 * ledger (chains too) to its replacement, or to the ids it was split into, or to nothing when it was
 * removed. Throws `UnknownIdError` for an id that never existed.
 *
 * ```ts
 * resolveId('org:smic'); // { requested: 'org:smic', id: 'org:smic', retired: false, chain: [], candidates: [] }
 * ```
 */
export function resolveId(id: string): ResolvedId {
  return shippedQuery().resolveId(id);
}

/**
 * The record with this id, or `undefined`.
 *
 * ```ts
 * find('person:xi-jinping')?.name; // 'Xi Jinping'
 * find('person:nobody'); // undefined
 * ```
 */
export function find<I extends string>(id: I): EntryOfKind[KindOfId<I>] | undefined {
  return shippedQuery().find(id);
}

/**
 * Every record of a kind, in id order.
 *
 * ```ts
 * list('objective').map((objective) => objective.name); // the report's four objectives
 * ```
 */
export function list<K extends Kind>(kind: K): readonly EntryOfKind[K][] {
  return shippedQuery().list(kind);
}

/**
 * Figures matching every filter given: `subject` (with `related: true`, also figures about the
 * records it has relations with), `metric`, `unit`, `qualifier`, and a period within `from`…`to`
 * (with `match: 'possible'`, also periods that only overlap it), in id order.
 *
 * ```ts
 * figures({ subject: 'org:big-fund', unit: 'USD' }); // the Big Fund's $21 billion and $35 billion
 * figures({ metric: 'process-node' }); // every node size the report gives
 * ```
 */
export function figures(filter?: FigureFilter<RecordId>): readonly EntryOfKind['figure'][] {
  return shippedQuery().figures(filter);
}

/**
 * Dated records in chronological order: by first day (open starts last), then last day, then id,
 * so equal and uncertain dates keep a stable order. Events by default; `include` adds policies,
 * documents and quotes. `from`/`to` keep entries dated within the range (with `match: 'possible'`,
 * also those that only may fall in it; each entry's `match` says which); `involving` keeps those
 * that involve a record.
 *
 * ```ts
 * timeline({ from: '2018', to: '2018' }); // the events of 2018, in order
 * timeline({ involving: 'org:zte' }); // the ZTE story
 * ```
 */
export function timeline(filter?: TimelineFilter<RecordId>): readonly TimelineEntry<EntryOfKind>[] {
  return shippedQuery().timeline(filter);
}

/**
 * Quotations by `speaker` (a named speaker, or the body an unnamed one belongs to), dated within
 * `from`…`to`, or containing every one of `words`; in date order, undated last.
 *
 * ```ts
 * quotes({ speaker: 'person:xi-jinping' }); // what Xi Jinping said, by date
 * quotes({ words: 'self-reliance' });
 * ```
 */
export function quotes(filter?: QuoteFilter<RecordId>): readonly EntryOfKind['quote'][] {
  return shippedQuery().quotes(filter);
}

/**
 * The relations a record takes part in, optionally of one `predicate` and one `direction`
 * (`out`: the record is the subject, `in`: the object), in id order.
 *
 * ```ts
 * relationsOf('org:smic', { predicate: 'customer-of', direction: 'in' }); // SMIC's customers
 * ```
 */
export function relationsOf(id: RecordId, options?: RelationOptions): readonly EntryOfKind['relation'][] {
  return shippedQuery().relationsOf(id, options);
}

/**
 * The records within `depth` relations of a record (default 1), nearest first.
 *
 * ```ts
 * neighbors('org:ymtc'); // the companies and countries YMTC is directly related to
 * neighbors('org:ymtc', { depth: 2 });
 * ```
 */
export function neighbors(id: RecordId, options?: NeighborOptions): readonly Neighbor[] {
  return shippedQuery().neighbors(id, options);
}

/**
 * The shortest chain of relations linking two records, walked in either direction, or
 * `undefined` when nothing links them.
 *
 * ```ts
 * path('org:qualcomm', 'org:ymtc')?.map((step) => step.relation.predicate);
 * ```
 */
export function path(fromId: RecordId, toId: RecordId): readonly PathStep<EntryOfKind>[] | undefined {
  return shippedQuery().path(fromId, toId);
}

/**
 * Every record that refers to a record (as subject, participant, speaker, issuer, …), in id order.
 *
 * ```ts
 * mentions('org:micron').map((record) => record.id);
 * ```
 */
export function mentions(id: RecordId): readonly EntryOfKind[Kind][] {
  return shippedQuery().mentions(id);
}

/**
 * Ranked full-text search (MiniSearch) over names, aliases, labels, descriptions, quote texts and
 * excerpts, with prefix and fuzzy matching; every word must match. Queries beyond
 * {@link SEARCH_LIMITS} are refused.
 *
 * ```ts
 * search('big fund')[0]?.id; // 'org:big-fund'
 * search('lithografy', { kinds: ['technology'] }); // fuzzy: finds lithography
 * ```
 */
export function search(text: string, options?: SearchOptions): readonly SearchResult<EntryOfKind>[] {
  return shippedQuery().search(text, options);
}

/**
 * The headings a cited paragraph stands under, as the report prints them: its section's and, when
 * it has one, its subsection's.
 *
 * ```ts
 * headingsOf(get('quote:xi-road-of-self-reliance-2018').sources[0]);
 * // { section: 'Section 1: The Turning Point in China’s Strategic Thinking on Semiconductors',
 * //   subsection: 'Speeches by Chinese Leaders after the April 2018 ZTE Crisis' }
 * ```
 */
export function headingsOf(citation: Pick<Citation, 'document' | 'section' | 'paragraph'>): Headings {
  return shippedQuery().headingsOf(citation);
}

/**
 * The citation of a record: the report, the section and subsection headings, the paragraph, and
 * the excerpt, as plain text (default), Markdown, or CSL-JSON items for reference managers.
 *
 * ```ts
 * cite('figure:zte-fine-2017');
 * // 'Gregory C. Allen, “China’s New Microchip War” (…, 2023-05-03), Section 1: The Turning Point in China’s Strategic Thinking on Semiconductors, ¶6: “…paid a $1.2 billion fine in March 2017”'
 * cite('figure:zte-fine-2017', { format: 'csl-json' })[0]?.locator; // '6'
 * ```
 */
export function cite(
  idOrRecord: RecordId | { readonly id: string },
  options?: CiteOptions<'text' | 'markdown'>,
): string;
export function cite(
  idOrRecord: RecordId | { readonly id: string },
  options: CiteOptions<'csl-json'>,
): readonly CslItem[];
export function cite(
  idOrRecord: RecordId | { readonly id: string },
  options?: CiteOptions,
): string | readonly CslItem[] {
  return shippedQuery().cite(idOrRecord, options);
}
