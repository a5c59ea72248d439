// The site's search index: built once at site-build time with MiniSearch (the library
// @chipwar/query searches with), serialized with JSON.stringify and loaded in the browser with
// MiniSearch.loadJSON. The browser script imports these same options, which loadJSON requires.
import type { AnyRecord } from '@chipwar/schema';
import MiniSearch, { type Options } from 'minisearch';

/** One searchable record: the fields searched, and what a result shows. */
export interface SearchDocument {
  /** The record id. */
  id: string;
  kind: string;
  /** The name or label, as the result shows it. */
  title: string;
  /** The page of the record, relative to the site root. */
  url: string;
  /** The name and every alias. */
  names: string;
  label: string;
  description: string;
  /** A quotation's words. */
  text: string;
  /** Every excerpt the record cites. */
  excerpts: string;
}

/** The options of the index, shared by the build and the browser (loadJSON needs the same ones). */
export const SEARCH_OPTIONS = {
  fields: ['names', 'label', 'description', 'text', 'excerpts'],
  storeFields: ['kind', 'title', 'url'],
  searchOptions: { boost: { names: 3, label: 2, text: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
} satisfies Options<SearchDocument>;

/** What the index stores of each result. */
export interface StoredFields {
  kind: string;
  title: string;
  url: string;
}

/** The document of one record, with the url of its page. */
export function searchDocument(record: AnyRecord, url: string): SearchDocument {
  const named = 'name' in record;
  return {
    id: record.id,
    kind: record.kind,
    title: named ? record.name : (record.label ?? record.id),
    url,
    names: named ? [record.name, ...(record.aliases ?? [])].join(' | ') : '',
    label: 'label' in record ? (record.label ?? '') : '',
    description: record.description ?? '',
    text: record.kind === 'quote' ? record.text : '',
    excerpts: record.sources.map((source) => source.excerpt).join(' | '),
  };
}

/**
 * The index of these documents, ready for `JSON.stringify`.
 *
 * ```ts
 * const json = JSON.stringify(buildSearchIndex(documents));
 * MiniSearch.loadJSON(json, SEARCH_OPTIONS).search('lithography');
 * ```
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(documents);
  return index;
}
