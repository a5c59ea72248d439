import type { AnyRecord, Dataset, DateInfo, Kind, Relation, RetiredId } from '@chipwar/schema';
// Only the zod-free core at run time: importing @chipwar/query must stay close to the cost of
// reading the data (see BENCHMARKS.md); validation lives in ./create.ts.
import {
  isKind,
  KIND_NAMES,
  KINDS,
  PREDICATE_NAMES,
  QUALIFIERS,
  referencesOf,
  UNITS,
} from '@chipwar/schema/core';
import MiniSearch from 'minisearch';
import { overlaps, requireBound, requireOneOf, requireOptions, requireString } from './args.ts';
import { citeRecord } from './cite.ts';
import { argumentTypeError, UnknownIdError, vocabularyError } from './errors.ts';
import { type Dated, dated, MAX_DAY, mergeSorted, TimelineIndex } from './timeline.ts';
import type {
  CiteFormat,
  CslItem,
  Direction,
  FigureFilter,
  KindOfId,
  Neighbor,
  PathStep,
  QuoteFilter,
  RecordMap,
  RelationOptions,
  ResolvedId,
  SchemaRecords,
  SearchOptions,
  SearchResult,
  TimelineEntry,
  TimelineFilter,
  TimelineKind,
} from './types.ts';

/**
 * The query helpers, bound to one dataset. Indexes are built once, on first use.
 * `R` types the records (schema types, or the shipped dataset's narrowed ones); `Id` the ids `get`
 * accepts.
 */
export interface Query<R extends RecordMap = SchemaRecords, Id extends string = string> {
  /** The record with this id, its type narrowed by the prefix; throws {@link UnknownIdError} if none. */
  get<I extends Id>(id: I): R[KindOfId<I>];
  /** The record with this id, or `undefined`. */
  find<I extends string>(id: I): R[KindOfId<I>] | undefined;
  /** What an id stands for now, following the ledger of retired ids; throws {@link UnknownIdError} if unknown. */
  resolveId(id: string): ResolvedId;
  /** Every record of a kind, in id order. */
  list<K extends Kind>(kind: K): readonly R[K][];
  /** Figures matching every given filter, in id order. */
  figures(filter?: FigureFilter): readonly R['figure'][];
  /** Dated records in chronological order (by first day, then last day, then id). */
  timeline(filter?: TimelineFilter): readonly TimelineEntry<R>[];
  /** Quotes matching every given filter, in chronological order (undated last). */
  quotes(filter?: QuoteFilter): readonly R['quote'][];
  /** The relations a record takes part in, in id order. */
  relationsOf(id: string, options?: RelationOptions): readonly R['relation'][];
  /** The records within `depth` relations of a record, nearest first. */
  neighbors(id: string, depth?: number): readonly Neighbor[];
  /** The shortest chain of relations between two records, or `undefined` when none links them. */
  path(fromId: string, toId: string): readonly PathStep<R>[] | undefined;
  /** Every record that refers to this one, in id order. */
  mentions(id: string): readonly R[Kind][];
  /** Ranked full-text search over names, aliases, labels, descriptions, quotes and excerpts. */
  search(text: string, options?: SearchOptions): readonly SearchResult<R>[];
  /** The citation of a record: text (default), markdown, or CSL-JSON items. */
  cite(idOrRecord: string | { id: string }, options?: { format?: 'text' | 'markdown' }): string;
  cite(idOrRecord: string | { id: string }, options: { format: 'csl-json' }): CslItem[];
  cite(idOrRecord: string | { id: string }, options?: { format?: CiteFormat }): string | CslItem[];
}

const TIMELINE_KINDS: readonly TimelineKind[] = ['event', 'policy', 'document', 'quote'];

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The order of `quotes`: by first day, undated last, then id. */
function byQuoteDay(a: AnyRecord, b: AnyRecord): number {
  const dayA = (a.kind === 'quote' && a.date?.start) || MAX_DAY;
  const dayB = (b.kind === 'quote' && b.date?.start) || MAX_DAY;
  return dayA < dayB ? -1 : dayA > dayB ? 1 : byId(a, b);
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

class Engine {
  readonly byId = new Map<string, AnyRecord>();
  readonly byKind = new Map<Kind, AnyRecord[]>();
  private relationIndex?: { out: Map<string, Relation[]>; in: Map<string, Relation[]> };
  private figureIndex?: {
    bySubject: Map<string, AnyRecord[]>;
    byMetric: Map<string, AnyRecord[]>;
    byPeriod: TimelineIndex<{ id: string; figure: AnyRecord; rank: number }>;
  };
  private involvementIndex?: Map<string, string[]>;
  private quoteIndex?: { ordered: AnyRecord[]; bySpeaker: Map<string, AnyRecord[]> };
  private timelineIndex?: Map<TimelineKind, TimelineIndex>;
  private mentionIndex?: Map<string, AnyRecord[]>;
  private searchIndex?: MiniSearch;

  readonly retired = new Map<string, RetiredId>();
  private readonly warned = new Set<string>();

  constructor(readonly dataset: Dataset) {
    for (const entry of dataset.retired ?? []) this.retired.set(entry.id, entry);
    for (const kind of KIND_NAMES) {
      const records = [...(dataset[KINDS[kind].collection] as AnyRecord[])].sort(byId);
      this.byKind.set(kind, records);
      for (const record of records) this.byId.set(record.id, record);
    }
  }

  require(fn: string, name: string, id: unknown): AnyRecord {
    const key = requireString(fn, name, id, 'org:smic');
    const record = this.byId.get(key) ?? this.retiredRecord(fn, key, true);
    if (!record) throw new UnknownIdError(key, this.byId.keys(), fn);
    return record;
  }

  /** Follows the ledger from a retired id to what it became. */
  resolve(id: string): ResolvedId | undefined {
    if (this.byId.has(id)) return { requested: id, id, retired: false, chain: [], candidates: [] };
    const chain: RetiredId[] = [];
    let current = id;
    for (let entry = this.retired.get(current); entry; entry = this.retired.get(current)) {
      if (chain.includes(entry)) break;
      chain.push(entry);
      if (entry.replacedBy.length !== 1) {
        return {
          requested: id,
          id: undefined,
          retired: true,
          chain,
          candidates: entry.replacedBy.filter((next) => this.byId.has(next)),
        };
      }
      current = entry.replacedBy[0] as string;
    }
    if (chain.length === 0) return undefined;
    return {
      requested: id,
      id: this.byId.has(current) ? current : undefined,
      retired: true,
      chain,
      candidates: [],
    };
  }

  /**
   * The record a retired id now stands for, during the major version that retired it, with a
   * one-time deprecation warning; otherwise an explanation (thrown when `strict`).
   */
  retiredRecord(fn: string, id: string, strict: boolean): AnyRecord | undefined {
    const resolved = this.resolve(id);
    if (!resolved) return undefined;
    const first = resolved.chain[0] as RetiredId;
    const major = (version: string) => version.split('.')[0];
    const sameMajor = major(first.version) === major(this.dataset.meta.datasetVersion);
    const what = `${first.change} in ${first.version}${first.replacedBy.length ? ` → ${first.replacedBy.join(', ')}` : ''} (${first.reason})`;
    if (resolved.id && sameMajor) {
      if (!this.warned.has(id)) {
        this.warned.add(id);
        const message = `${id} was ${what}; use ${resolved.id}. Retired ids stop resolving in the next major version (chipwar migrate rewrites them).`;
        if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
          process.emitWarning(message, { type: 'DeprecationWarning', code: 'CHIPWAR_RETIRED_ID' });
        } else console.warn(message);
      }
      return this.byId.get(resolved.id);
    }
    if (!strict) return undefined;
    throw new UnknownIdError(
      id,
      this.byId.keys(),
      fn,
      `${what}${resolved.id ? `; use ${resolved.id}` : resolved.candidates.length ? `; it became ${resolved.candidates.join(', ')}` : ''}`,
    );
  }

  relations() {
    if (!this.relationIndex) {
      const out = new Map<string, Relation[]>();
      const into = new Map<string, Relation[]>();
      for (const relation of this.byKind.get('relation') as Relation[]) {
        addTo(out, relation.subject, relation);
        addTo(into, relation.object, relation);
      }
      this.relationIndex = { out, in: into };
    }
    return this.relationIndex;
  }

  /** Figures by subject and by metric (in id order), and figures with a period indexed by it. */
  figureIndexes() {
    if (!this.figureIndex) {
      const bySubject = new Map<string, AnyRecord[]>();
      const byMetric = new Map<string, AnyRecord[]>();
      // A figure's rank is its place in id order, so results of a range sort by a number.
      const periods: Dated<{ id: string; figure: AnyRecord; rank: number }>[] = [];
      for (const [rank, figure] of (this.byKind.get('figure') ?? []).entries()) {
        if (figure.kind !== 'figure') continue;
        for (const subject of new Set(figure.subjects)) addTo(bySubject, subject, figure);
        addTo(byMetric, figure.metric, figure);
        if (figure.period) periods.push(dated({ id: figure.id, figure, rank }, figure.period));
      }
      this.figureIndex = { bySubject, byMetric, byPeriod: new TimelineIndex(periods) };
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
        for (const record of this.byKind.get(kind) ?? []) {
          if (!(record as { date?: DateInfo }).date) continue;
          const ids = referencesOf(record)
            .filter((reference) => reference.path[0] !== 'sources')
            .map((reference) => reference.id);
          for (const id of new Set(ids)) addTo(index, id, record.id);
        }
      }
      this.involvementIndex = index;
    }
    return this.involvementIndex;
  }

  /**
   * Every quote in the order `quotes` returns them (by first day, undated last, then id), and the
   * same order per speaker and per body an unnamed speaker belongs to, so a filter keeps the order.
   */
  quoteIndexes() {
    if (!this.quoteIndex) {
      const ordered = [...(this.byKind.get('quote') ?? [])].sort(byQuoteDay);
      const bySpeaker = new Map<string, AnyRecord[]>();
      for (const quote of ordered) {
        if (quote.kind !== 'quote') continue;
        for (const id of new Set([quote.speaker.id, quote.speaker.affiliation])) {
          if (id !== undefined) addTo(bySpeaker, id, quote);
        }
      }
      this.quoteIndex = { ordered, bySpeaker };
    }
    return this.quoteIndex;
  }

  timelineIndexes() {
    if (!this.timelineIndex) {
      const index = new Map<TimelineKind, TimelineIndex>();
      for (const kind of TIMELINE_KINDS) {
        const items: Dated[] = [];
        for (const record of this.byKind.get(kind) ?? []) {
          const date = (record as { date?: DateInfo }).date;
          if (!date) continue;
          const label =
            ('label' in record ? record.label : 'name' in record ? record.name : undefined) ?? record.id;
          items.push(
            dated({ id: record.id, kind, date, label, record: record as TimelineEntry['record'] }, date),
          );
        }
        index.set(kind, new TimelineIndex(items));
      }
      this.timelineIndex = index;
    }
    return this.timelineIndex;
  }

  mentions() {
    if (!this.mentionIndex) {
      const index = new Map<string, AnyRecord[]>();
      for (const record of this.byId.values()) {
        const seen = new Set<string>();
        for (const reference of referencesOf(record)) {
          if (reference.id === record.id || seen.has(reference.id)) continue;
          seen.add(reference.id);
          addTo(index, reference.id, record);
        }
      }
      for (const list of index.values()) list.sort(byId);
      this.mentionIndex = index;
    }
    return this.mentionIndex;
  }

  search() {
    if (!this.searchIndex) {
      const index = new MiniSearch({
        fields: ['names', 'label', 'description', 'text', 'excerpts'],
        storeFields: ['kind'],
        searchOptions: { boost: { names: 3, label: 2, text: 1.5 } },
      });
      index.addAll(
        [...this.byId.values()].map((record) => ({
          id: record.id,
          kind: record.kind,
          names: 'name' in record ? [record.name, ...(record.aliases ?? [])].join(' | ') : '',
          label: 'label' in record ? (record.label ?? '') : '',
          description: record.description ?? '',
          text: record.kind === 'quote' ? record.text : '',
          excerpts: record.sources.map((source) => source.excerpt).join(' | '),
        })),
      );
      this.searchIndex = index;
    }
    return this.searchIndex;
  }
}

/** Binds the helpers to a dataset that is already known to be valid (the shipped one). */
export function bindQuery<R extends RecordMap = SchemaRecords, Id extends string = string>(
  dataset: Dataset,
): Query<R, Id> {
  const engine = new Engine(dataset);

  const timelineKinds = (fn: string, include: unknown): readonly TimelineKind[] => {
    if (include === undefined) return ['event'];
    if (!Array.isArray(include))
      throw argumentTypeError(fn, 'include', `an array of ${TIMELINE_KINDS.join(', ')}`, include);
    for (const kind of include) requireOneOf(fn, 'include[]', kind, TIMELINE_KINDS);
    return [...new Set(include as TimelineKind[])];
  };

  const query: Query<SchemaRecords, string> = {
    get(id) {
      // The hot path first: a known id is one Map lookup; everything else gets the full checks.
      return ((typeof id === 'string' ? engine.byId.get(id) : undefined) ??
        engine.require('get', 'id', id)) as never;
    },

    find(id) {
      requireString('find', 'id', id, 'org:smic');
      return (engine.byId.get(id) ?? engine.retiredRecord('find', id, false)) as never;
    },

    resolveId(id) {
      const key = requireString('resolveId', 'id', id, 'org:smic');
      const resolved = engine.resolve(key);
      if (!resolved)
        throw new UnknownIdError(key, [...engine.byId.keys(), ...engine.retired.keys()], 'resolveId');
      return resolved;
    },

    list(kind) {
      if (!isKind(kind)) throw vocabularyError('list', 'kind', KIND_NAMES, kind);
      return (engine.byKind.get(kind) ?? []) as never;
    },

    figures(filter) {
      const fn = 'figures';
      const options = requireOptions<FigureFilter>(fn, filter, [
        'subject',
        'related',
        'metric',
        'unit',
        'qualifier',
        'from',
        'to',
      ]);
      const unit = requireOneOf(fn, 'unit', options.unit, UNITS);
      const qualifier = requireOneOf(fn, 'qualifier', options.qualifier, QUALIFIERS);
      if (options.metric !== undefined) requireString(fn, 'metric', options.metric, 'fund-size');
      if (options.related !== undefined && typeof options.related !== 'boolean') {
        throw argumentTypeError(fn, 'related', 'a boolean', options.related);
      }
      const from = requireBound(fn, 'from', options.from);
      const to = requireBound(fn, 'to', options.to);
      let candidates: AnyRecord[];
      if (options.subject !== undefined) {
        const subject = engine.require(fn, 'subject', options.subject).id;
        const subjects = new Set<string>([subject]);
        if (options.related) for (const neighbor of query.neighbors(subject, 1)) subjects.add(neighbor.id);
        const found = new Set<AnyRecord>();
        for (const id of subjects)
          for (const figure of engine.figureIndexes().bySubject.get(id) ?? []) found.add(figure);
        candidates = [...found].sort(byId);
      } else if (options.metric !== undefined) {
        candidates = engine.figureIndexes().byMetric.get(options.metric) ?? [];
      } else if (from !== undefined || to !== undefined) {
        candidates = engine
          .figureIndexes()
          .byPeriod.range(from, to)
          .sort((a, b) => a.entry.rank - b.entry.rank)
          .map((item) => item.entry.figure);
      } else {
        candidates = engine.byKind.get('figure') ?? [];
      }
      return candidates.filter((record) => {
        if (record.kind !== 'figure') return false;
        if (options.metric !== undefined && record.metric !== options.metric) return false;
        if (unit !== undefined && record.unit !== unit) return false;
        if (qualifier !== undefined && record.qualifier !== qualifier) return false;
        if (from !== undefined || to !== undefined) {
          if (!record.period) return false;
          return overlaps(record.period.start, record.period.end, from, to);
        }
        return true;
      }) as never;
    },

    timeline(filter) {
      const fn = 'timeline';
      const options = requireOptions<TimelineFilter>(fn, filter, ['include', 'from', 'to', 'involving']);
      const kinds = timelineKinds(fn, options.include);
      const from = requireBound(fn, 'from', options.from);
      const to = requireBound(fn, 'to', options.to);
      const involving =
        options.involving === undefined ? undefined : engine.require(fn, 'involving', options.involving).id;
      const involved = involving === undefined ? undefined : (engine.involvements().get(involving) ?? []);
      const perKind = kinds.map((kind) => {
        const index = engine.timelineIndexes().get(kind);
        if (!index) return [];
        return involved ? index.among(involved, from, to) : index.range(from, to);
      });
      return mergeSorted(perKind).map((item) => item.entry) as never;
    },

    quotes(filter) {
      const fn = 'quotes';
      const options = requireOptions<QuoteFilter>(fn, filter, ['speaker', 'from', 'to', 'words']);
      const speaker =
        options.speaker === undefined ? undefined : engine.require(fn, 'speaker', options.speaker).id;
      const from = requireBound(fn, 'from', options.from);
      const to = requireBound(fn, 'to', options.to);
      if (options.words !== undefined) requireString(fn, 'words', options.words, 'self-reliance');
      const words =
        options.words === undefined ? [] : options.words.toLowerCase().split(/\s+/).filter(Boolean);
      // Start from the smallest candidate set an index gives, then check every filter.
      const ranged = speaker === undefined && (from !== undefined || to !== undefined);
      const candidates =
        speaker !== undefined
          ? (engine.quoteIndexes().bySpeaker.get(speaker) ?? [])
          : ranged
            ? (engine
                .timelineIndexes()
                .get('quote')
                ?.range(from, to)
                .map((item) => item.entry.record) ?? [])
            : engine.quoteIndexes().ordered;
      const quotes = candidates.filter((record) => {
        if (record.kind !== 'quote') return false;
        if (speaker !== undefined && record.speaker.id !== speaker && record.speaker.affiliation !== speaker)
          return false;
        if (from !== undefined || to !== undefined) {
          if (!record.date || !overlaps(record.date.start, record.date.end, from, to)) return false;
        }
        if (words.length === 0) return true;
        const text = record.text.toLowerCase();
        return words.every((word) => text.includes(word));
      });
      // The index lists are in quote order already; the timeline's range is in timeline order.
      return (ranged ? quotes.sort(byQuoteDay) : quotes) as never;
    },

    relationsOf(id, options) {
      const fn = 'relationsOf';
      const record = engine.require(fn, 'id', id);
      const opts = requireOptions<RelationOptions>(fn, options, ['predicate', 'direction']);
      const predicate = requireOneOf(fn, 'predicate', opts.predicate, PREDICATE_NAMES);
      const direction: Direction =
        requireOneOf(fn, 'direction', opts.direction, ['out', 'in', 'both'] as const) ?? 'both';
      const index = engine.relations();
      const found = new Set<Relation>();
      if (direction !== 'in') for (const relation of index.out.get(record.id) ?? []) found.add(relation);
      if (direction !== 'out') for (const relation of index.in.get(record.id) ?? []) found.add(relation);
      return [...found]
        .filter((relation) => predicate === undefined || relation.predicate === predicate)
        .sort(byId) as never;
    },

    neighbors(id, depth = 1) {
      const fn = 'neighbors';
      const start = engine.require(fn, 'id', id).id;
      if (!Number.isInteger(depth) || depth < 0)
        throw argumentTypeError(fn, 'depth', 'a whole number ≥ 0', depth);
      const index = engine.relations();
      const distance = new Map<string, number>([[start, 0]]);
      let frontier: string[] = [start];
      for (let level = 1; level <= depth && frontier.length > 0; level++) {
        const next: string[] = [];
        for (const current of frontier) {
          const links = [
            ...(index.out.get(current) ?? []).map((relation) => relation.object),
            ...(index.in.get(current) ?? []).map((relation) => relation.subject),
          ];
          for (const other of links.sort()) {
            if (distance.has(other)) continue;
            distance.set(other, level);
            next.push(other);
          }
        }
        frontier = next;
      }
      distance.delete(start);
      return [...distance]
        .map(([neighbor, steps]) => ({ id: neighbor, distance: steps }))
        .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));
    },

    path(fromId, toId) {
      const fn = 'path';
      const from = engine.require(fn, 'fromId', fromId).id;
      const to = engine.require(fn, 'toId', toId).id;
      if (from === to) return [];
      const index = engine.relations();
      const via = new Map<string, { previous: string; relation: Relation }>();
      const seen = new Set<string>([from]);
      let frontier: string[] = [from];
      while (frontier.length > 0 && !seen.has(to)) {
        const next: string[] = [];
        for (const current of frontier) {
          const steps = [
            ...(index.out.get(current) ?? []).map((relation) => ({ relation, other: relation.object })),
            ...(index.in.get(current) ?? []).map((relation) => ({ relation, other: relation.subject })),
          ].sort((a, b) => byId(a.relation, b.relation));
          for (const { relation, other } of steps) {
            if (seen.has(other)) continue;
            seen.add(other);
            via.set(other, { previous: current, relation });
            next.push(other);
          }
        }
        frontier = next;
      }
      if (!seen.has(to)) return undefined;
      const chain: PathStep[] = [];
      for (let current: string = to; current !== from; ) {
        const step = via.get(current) as { previous: string; relation: Relation };
        chain.unshift({ relation: step.relation, from: step.previous, to: current });
        current = step.previous;
      }
      return chain as never;
    },

    mentions(id) {
      const record = engine.require('mentions', 'id', id);
      return (engine.mentions().get(record.id) ?? []) as never;
    },

    search(text, options) {
      const fn = 'search';
      requireString(fn, 'text', text, 'big fund');
      const opts = requireOptions<SearchOptions>(fn, options, ['kinds', 'limit', 'fuzzy', 'prefix']);
      const limit = opts.limit ?? 20;
      if (!Number.isInteger(limit) || limit < 1)
        throw argumentTypeError(fn, 'limit', 'a whole number ≥ 1', limit);
      const fuzzy = opts.fuzzy ?? 0.2;
      if (typeof fuzzy !== 'number' || fuzzy < 0 || fuzzy > 1)
        throw argumentTypeError(fn, 'fuzzy', 'a number from 0 to 1', fuzzy);
      if (opts.prefix !== undefined && typeof opts.prefix !== 'boolean')
        throw argumentTypeError(fn, 'prefix', 'a boolean', opts.prefix);
      let kinds: Set<string> | undefined;
      if (opts.kinds !== undefined) {
        if (!Array.isArray(opts.kinds))
          throw argumentTypeError(fn, 'kinds', `an array of ${KIND_NAMES.join(', ')}`, opts.kinds);
        for (const kind of opts.kinds) requireOneOf(fn, 'kinds[]', kind, KIND_NAMES);
        kinds = new Set(opts.kinds);
      }
      const results = engine.search().search(text, {
        fuzzy: fuzzy === 0 ? false : fuzzy,
        prefix: opts.prefix ?? true,
        combineWith: 'AND',
        filter: kinds ? (result) => kinds.has(result.kind as string) : undefined,
      });
      return results.slice(0, limit).map((result) => ({
        id: String(result.id),
        kind: result.kind as Kind,
        score: result.score,
        terms: result.terms,
        record: engine.byId.get(String(result.id)) as AnyRecord,
      })) as never;
    },

    cite(idOrRecord, options) {
      const fn = 'cite';
      const id =
        typeof idOrRecord === 'object' && idOrRecord !== null
          ? (idOrRecord as { id?: unknown }).id
          : idOrRecord;
      const record = engine.require(fn, 'idOrRecord', id);
      const opts = requireOptions<{ format: CiteFormat }>(fn, options, ['format']);
      const format =
        requireOneOf(fn, 'format', opts.format, ['text', 'markdown', 'csl-json'] as const) ?? 'text';
      return citeRecord(engine.dataset.meta, record, format) as never;
    },
  };
  return query as unknown as Query<R, Id>;
}
