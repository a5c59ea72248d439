// Full-text search with MiniSearch, built on the first search. The limits keep every search cheap
// whatever it is given: MiniSearch's fuzzy matching costs time and memory in proportion to a
// term's length, and each term of a query is a search of its own.
import type { AnyRecord, Kind } from '@chipwar/schema';
import MiniSearch from 'minisearch';
import type { Indexes } from './indexes.ts';

/**
 * The limits of `search`, beyond which it refuses the query with an `ArgumentError` instead of
 * working on it: at most `maxLength` characters, `maxTerms` words, each at most `maxTermLength`
 * characters, and `maxResults` results.
 *
 * ```ts
 * SEARCH_LIMITS.maxLength; // 1000
 * ```
 */
export const SEARCH_LIMITS: Readonly<{
  maxLength: number;
  maxTerms: number;
  maxTermLength: number;
  maxResults: number;
}> = Object.freeze({ maxLength: 1000, maxTerms: 32, maxTermLength: 64, maxResults: 1000 });

// MiniSearch's own default tokenizer: words split at spaces and punctuation.
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/** The words MiniSearch will search for in a text. */
export function searchTerms(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION).filter(Boolean);
}

const indexes = new WeakMap<Indexes, MiniSearch>();

function searchIndex(records: Indexes): MiniSearch {
  let index = indexes.get(records);
  if (!index) {
    index = new MiniSearch({
      fields: ['names', 'label', 'description', 'text', 'excerpts'],
      storeFields: ['kind'],
      searchOptions: { boost: { names: 3, label: 2, text: 1.5 } },
    });
    index.addAll(
      records.records().map((record: AnyRecord) => ({
        id: record.id,
        kind: record.kind,
        names: 'name' in record ? [record.name, ...(record.aliases ?? [])].join(' | ') : '',
        label: 'label' in record ? (record.label ?? '') : '',
        description: record.description ?? '',
        text: record.kind === 'quote' ? record.text : '',
        excerpts: record.sources.map((source) => source.excerpt).join(' | '),
      })),
    );
    indexes.set(records, index);
  }
  return index;
}

/** A search with checked options. */
export interface SearchQuery {
  text: string;
  kinds?: ReadonlySet<Kind>;
  limit: number;
  fuzzy: number;
  prefix: boolean;
}

/** The ranked matches of a checked query: ids, kinds, scores and matched terms. */
export function runSearch(records: Indexes, query: SearchQuery) {
  const { kinds } = query;
  return searchIndex(records)
    .search(query.text, {
      fuzzy: query.fuzzy === 0 ? false : query.fuzzy,
      prefix: query.prefix,
      combineWith: 'AND',
      filter: kinds ? (result) => kinds.has(result.kind as Kind) : undefined,
    })
    .slice(0, query.limit);
}
