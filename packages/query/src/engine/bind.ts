// The query helpers bound to one dataset: each checks its arguments, then asks the indexes.
import type { AnyRecord, Dataset, Kind } from '@chipwar/schema';
// Only the zod-free parts of the schema at run time: importing @chipwar/query must stay close to
// the cost of reading the data (see BENCHMARKS.md); validation lives in ../create.ts.
import {
  ArgumentError,
  citationHeadings,
  KIND_NAMES,
  PREDICATE_NAMES,
  QUALIFIERS,
  UNITS,
} from '@chipwar/schema/core';
import { retiredInMajorOf } from '@chipwar/schema/versioning';
import { citeRecord } from '../cite.ts';
import { deprecationMessage, RetiredIdError, UnknownIdError } from '../errors.ts';
import {
  requireBoolean,
  requireIdText,
  requireInteger,
  requireOneOf,
  requireOptions,
  requireRange,
  requireString,
} from '../internal/args.ts';
import type {
  CiteFormat,
  Direction,
  FigureFilter,
  NeighborOptions,
  PathStep,
  Query,
  QuoteFilter,
  RecordMap,
  RelationOptions,
  SchemaRecords,
  SearchOptions,
  TimelineFilter,
  TimelineKind,
} from '../types.ts';
import { findFigures, findQuotes, findTimeline } from './filters.ts';
import { edgesOf, search } from './graph.ts';
import { Indexes, TIMELINE_KINDS } from './indexes.ts';
import { runSearch, SEARCH_LIMITS, searchTerms } from './search.ts';

const DIRECTIONS = ['out', 'in', 'both'] as const;
const CITE_FORMATS = ['text', 'markdown', 'csl-json'] as const;
/** The longest `words` filter of `quotes`, in characters. */
const MAX_WORDS_LENGTH = 1000;

/** Binds the helpers to a dataset that is already known to be valid and deep-frozen. */
export function bindQuery<R extends RecordMap = SchemaRecords, Id extends string = string>(
  dataset: Dataset,
): Query<R, Id> {
  const indexes = new Indexes(dataset);
  // The outline of every cited document, made on the first `cite` or `headingsOf`: a `get` needs none.
  let headings: ReturnType<typeof citationHeadings> | undefined;
  const headingsIn: ReturnType<typeof citationHeadings> = (citation) => {
    headings ??= citationHeadings(indexes.ofKind('document'));
    return headings(citation);
  };
  const warned = new Set<string>();
  const isLive = (id: string) => indexes.record(id) !== undefined;
  /** Every live id, for suggestions (reads every kind). */
  const allIds = () => indexes.records().map((record) => record.id);

  /** The record a retired id stands for while its major version lasts (with a one-time warning). */
  const retiredRecord = (fn: string, id: string, strict: boolean): AnyRecord | undefined => {
    const resolved = indexes.ledger.resolve(id, isLive);
    if (!resolved?.retired) return undefined;
    const entry = resolved.chain[0];
    if (resolved.id && entry && retiredInMajorOf(entry, dataset.meta.datasetVersion)) {
      if (!warned.has(id)) {
        warned.add(id);
        const message = deprecationMessage(resolved);
        if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
          process.emitWarning(message, { type: 'DeprecationWarning', code: 'CHIPWAR_RETIRED_ID' });
        } else console.warn(message);
      }
      return indexes.record(resolved.id);
    }
    if (strict) throw new RetiredIdError(fn, resolved);
    return undefined;
  };

  /** The record an id argument names: live, or retired in this major version; else an error. */
  const requireRecord = (fn: string, name: string, id: unknown): AnyRecord => {
    const key = requireIdText(fn, name, id);
    const record = indexes.record(key) ?? retiredRecord(fn, key, true);
    if (!record) throw new UnknownIdError(fn, key, allIds());
    return record;
  };

  const EVENTS_ONLY: readonly TimelineKind[] = ['event'];
  const timelineKinds = (fn: string, include: unknown): readonly TimelineKind[] => {
    if (include === undefined) return EVENTS_ONLY;
    if (!Array.isArray(include)) {
      throw new ArgumentError(fn, 'include', `a list of ${TIMELINE_KINDS.join(', ')}`, include);
    }
    for (const kind of include) requireOneOf(fn, 'include[]', kind, TIMELINE_KINDS);
    return [...new Set(include as TimelineKind[])];
  };

  const query: Query<SchemaRecords, string> = {
    get(id) {
      // The hot path first: a known id is one Map lookup; everything else gets the full checks.
      return ((typeof id === 'string' ? indexes.record(id) : undefined) ??
        requireRecord('get', 'id', id)) as never;
    },

    find(id) {
      const key = requireIdText('find', 'id', id);
      return (indexes.record(key) ?? retiredRecord('find', key, false)) as never;
    },

    resolveId(id) {
      const key = requireIdText('resolveId', 'id', id);
      const resolved = indexes.ledger.resolve(key, isLive);
      if (!resolved) throw new UnknownIdError('resolveId', key, [...allIds(), ...indexes.ledger.ids()]);
      return Object.freeze({
        ...resolved,
        chain: Object.freeze([...resolved.chain]),
        candidates: Object.freeze([...resolved.candidates]),
      });
    },

    list(kind) {
      requireOneOf('list', 'kind', kind, KIND_NAMES);
      return indexes.ofKind(kind as Kind) as never;
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
        'match',
      ]);
      const unit = requireOneOf(fn, 'unit', options.unit, UNITS);
      const qualifier = requireOneOf(fn, 'qualifier', options.qualifier, QUALIFIERS);
      const metric =
        options.metric === undefined
          ? undefined
          : requireString(fn, 'metric', options.metric, 'fund-size', 200);
      const related = requireBoolean(fn, 'related', options.related);
      const range = requireRange(fn, options);
      let subjects: Set<string> | undefined;
      if (options.subject !== undefined) {
        const subject = requireRecord(fn, 'subject', options.subject).id;
        subjects = new Set([subject]);
        if (related) for (const [id] of search(indexes, subject, 1).distance) subjects.add(id);
      }
      return findFigures(indexes, { subjects, metric, unit, qualifier, range }) as never;
    },

    timeline(filter) {
      const fn = 'timeline';
      const options = requireOptions<TimelineFilter>(fn, filter, [
        'include',
        'from',
        'to',
        'match',
        'involving',
      ]);
      const kinds = timelineKinds(fn, options.include);
      const range = requireRange(fn, options);
      const involving =
        options.involving === undefined ? undefined : requireRecord(fn, 'involving', options.involving).id;
      return findTimeline(indexes, { kinds, range, involving }) as never;
    },

    quotes(filter) {
      const fn = 'quotes';
      const options = requireOptions<QuoteFilter>(fn, filter, ['speaker', 'from', 'to', 'match', 'words']);
      const speaker =
        options.speaker === undefined ? undefined : requireRecord(fn, 'speaker', options.speaker).id;
      const range = requireRange(fn, options);
      const words =
        options.words === undefined
          ? []
          : requireString(fn, 'words', options.words, 'self-reliance', MAX_WORDS_LENGTH)
              .toLowerCase()
              .split(/\s+/)
              .filter(Boolean);
      return findQuotes(indexes, { words, speaker, range }) as never;
    },

    relationsOf(id, options) {
      const fn = 'relationsOf';
      const record = requireRecord(fn, 'id', id);
      const opts = requireOptions<RelationOptions>(fn, options, ['predicate', 'direction']);
      const predicate = requireOneOf(fn, 'predicate', opts.predicate, PREDICATE_NAMES);
      const direction: Direction = requireOneOf(fn, 'direction', opts.direction, DIRECTIONS) ?? 'both';
      const relations = edgesOf(indexes, record.id, direction).map((edge) => edge.relation);
      return Object.freeze(
        predicate === undefined
          ? relations
          : relations.filter((relation) => relation.predicate === predicate),
      ) as never;
    },

    neighbors(id, options) {
      const fn = 'neighbors';
      const start = requireRecord(fn, 'id', id).id;
      const opts = requireOptions<NeighborOptions>(fn, options, ['depth']);
      const depth = requireInteger(fn, 'depth', opts.depth, 0, Number.MAX_SAFE_INTEGER) ?? 1;
      const neighbors = [...search(indexes, start, depth).distance]
        .filter(([other]) => other !== start)
        .map(([other, distance]) => Object.freeze({ id: other, distance }))
        .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));
      return Object.freeze(neighbors);
    },

    path(fromId, toId) {
      const fn = 'path';
      const from = requireRecord(fn, 'fromId', fromId).id;
      const to = requireRecord(fn, 'toId', toId).id;
      const { via } = search(indexes, from, Number.POSITIVE_INFINITY, to);
      if (from !== to && !via.has(to)) return undefined;
      const chain: PathStep[] = [];
      for (let current: string = to; current !== from; ) {
        const step = via.get(current) as { previous: string; relation: PathStep['relation'] };
        chain.push(Object.freeze({ relation: step.relation, from: step.previous, to: current }));
        current = step.previous;
      }
      return Object.freeze(chain.reverse()) as never;
    },

    mentions(id) {
      const record = requireRecord('mentions', 'id', id);
      return (indexes.mentions().get(record.id) ?? Object.freeze([])) as never;
    },

    search(text, options) {
      const fn = 'search';
      requireString(fn, 'text', text, 'big fund', SEARCH_LIMITS.maxLength);
      const terms = searchTerms(text);
      if (terms.length > SEARCH_LIMITS.maxTerms) {
        throw new ArgumentError(
          fn,
          'text',
          `at most ${SEARCH_LIMITS.maxTerms} words`,
          `${terms.length} words`,
        );
      }
      const long = terms.find((term) => term.length > SEARCH_LIMITS.maxTermLength);
      if (long !== undefined) {
        throw new ArgumentError(
          fn,
          'text',
          `words of at most ${SEARCH_LIMITS.maxTermLength} characters`,
          long,
        );
      }
      const opts = requireOptions<SearchOptions>(fn, options, ['kinds', 'limit', 'fuzzy', 'prefix']);
      const limit = requireInteger(fn, 'limit', opts.limit, 1, SEARCH_LIMITS.maxResults) ?? 20;
      const fuzzy = opts.fuzzy ?? 0.2;
      if (typeof fuzzy !== 'number' || !(fuzzy >= 0 && fuzzy <= 1)) {
        throw new ArgumentError(fn, 'fuzzy', 'a number from 0 to 1', fuzzy);
      }
      const prefix = requireBoolean(fn, 'prefix', opts.prefix) ?? true;
      let kinds: Set<Kind> | undefined;
      if (opts.kinds !== undefined) {
        if (!Array.isArray(opts.kinds)) {
          throw new ArgumentError(fn, 'kinds', `a list of ${KIND_NAMES.join(', ')}`, opts.kinds);
        }
        for (const kind of opts.kinds) requireOneOf(fn, 'kinds[]', kind, KIND_NAMES);
        kinds = new Set(opts.kinds);
      }
      const results = runSearch(indexes, { text, limit, fuzzy, prefix, ...(kinds && { kinds }) });
      return Object.freeze(
        results.map((result) =>
          Object.freeze({
            id: String(result.id),
            kind: result.kind as Kind,
            score: result.score,
            terms: Object.freeze([...result.terms]),
            record: indexes.record(String(result.id)) as AnyRecord,
          }),
        ),
      ) as never;
    },

    cite(idOrRecord, options) {
      const fn = 'cite';
      const id =
        typeof idOrRecord === 'object' && idOrRecord !== null
          ? (idOrRecord as { id?: unknown }).id
          : idOrRecord;
      const record = requireRecord(fn, 'idOrRecord', id);
      const opts = requireOptions<{ format: CiteFormat }>(fn, options, ['format']);
      const format = requireOneOf(fn, 'format', opts.format, CITE_FORMATS) ?? 'text';
      return citeRecord(dataset.meta, headingsIn, record, format) as never;
    },

    headingsOf(citation) {
      const fn = 'headingsOf';
      if (typeof citation !== 'object' || citation === null) {
        throw new ArgumentError(fn, 'citation', "a citation such as a record's sources[0]", citation);
      }
      const document = requireIdText(fn, 'citation.document', citation.document);
      const section = requireString(fn, 'citation.section', citation.section, 'section-1', 200);
      const paragraph = requireInteger(
        fn,
        'citation.paragraph',
        citation.paragraph,
        1,
        Number.MAX_SAFE_INTEGER,
      );
      return headingsIn({ document, section, paragraph: paragraph as number });
    },
  };
  return query as unknown as Query<R, Id>;
}
