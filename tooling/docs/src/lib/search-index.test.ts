import { dataset } from '@chipwar/dataset';
import type { AnyRecord } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, SEARCH_OPTIONS, searchDocument } from './search-index.ts';

// Every record of every kind (the ledger of retired ids holds no records).
const records = KIND_NAMES.flatMap(
  (kind) => dataset[KINDS[kind].collection] as unknown as readonly AnyRecord[],
);
const documents = records.map((record) => searchDocument(record, `x/${record.id}.html`));
// What the browser does: the index as JSON, loaded back.
const index = MiniSearch.loadJSON(JSON.stringify(buildSearchIndex(documents)), SEARCH_OPTIONS);
const ids = (query: string) => index.search(query).map((result) => result.id);

describe('the search index', () => {
  it('holds every record once', () => {
    expect(index.documentCount).toBe(records.length);
    expect(new Set(documents.map((document) => document.id)).size).toBe(records.length);
  });
  it('finds every named record by its name', () => {
    for (const record of records)
      if ('name' in record) expect(ids(record.name), record.name).toContain(record.id);
  });
  it('finds every record with aliases by each alias', () => {
    const aliased = records.filter((record) => 'aliases' in record && record.aliases?.length);
    expect(aliased.length).toBeGreaterThan(0);
    for (const record of aliased)
      for (const alias of (record as { aliases: string[] }).aliases)
        expect(ids(alias), alias).toContain(record.id);
  });
  it('finds a record by a word that only its excerpt holds', () => {
    // Words of an excerpt that are in no name, label or description of that record.
    const record = records.find((candidate) => {
      const document = searchDocument(candidate, '');
      const other =
        `${document.names} ${document.label} ${document.description} ${document.text}`.toLowerCase();
      return document.excerpts
        .split(/\W+/)
        .some((word) => word.length > 6 && !other.includes(word.toLowerCase()));
    }) as AnyRecord;
    const document = searchDocument(record, '');
    const other = `${document.names} ${document.label} ${document.description}`.toLowerCase();
    const word = document.excerpts
      .split(/\W+/)
      .find((candidate) => candidate.length > 6 && !other.includes(candidate.toLowerCase()));
    expect(ids(word as string)).toContain(record.id);
  });
  it('stores what a result shows: kind, title and page', () => {
    const [first] = index.search('lithography');
    expect(first).toMatchObject({
      kind: expect.any(String),
      title: expect.any(String),
      url: expect.stringMatching(/\.html$/),
    });
  });
});
