import { existsSync } from 'node:fs';
import { type Dataset, toDateInfo } from '@chipwar/schema';
import { findSourcePath, loadSource, parseSource } from '@chipwar/source';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build.ts';
import { dateWords, numberAsWritten, verifyProvenance } from './provenance.ts';

const text = `### Introduction

Acme paid a $1.2 billion fine in March 2017.

Bob said, “We are at an inflection point . . . and at the heart of that competition is technology.”
`;
const source = { ...parseSource(text), text };
const cite = (excerpt: string, paragraph = 1) => ({
  document: 'doc:r' as const,
  section: 'introduction',
  paragraph,
  excerpt,
});

function dataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    meta: {
      datasetVersion: '1.0.0',
      schemaVersion: '1.0.0',
      source: { document: 'doc:r', title: 'R', author: 'A', date: '2023-05-03', sha256: '' },
    },
    countries: [],
    regions: [],
    organizations: [
      { id: 'org:acme', kind: 'organization', name: 'Acme', type: 'company', sources: [cite('Acme paid')] },
    ],
    people: [{ id: 'person:bob', kind: 'person', name: 'Bob', sources: [cite('Bob said', 2)] }],
    policies: [],
    documents: [
      {
        id: 'doc:r',
        kind: 'document',
        name: 'R',
        aliases: ['Acme'], // an excerpt must name the record
        type: 'report',
        sections: [{ section: 'introduction', title: 'Introduction', paragraphs: 2 }],
        sources: [cite('Acme paid')],
      },
    ],
    technologies: [],
    concepts: [],
    objectives: [],
    tactics: [],
    events: [
      {
        id: 'event:fine',
        kind: 'event',
        label: 'Acme pays a fine',
        type: 'settlement',
        status: 'occurred',
        date: toDateInfo('2017-03'),
        participants: ['org:acme'],
        sources: [cite('a $1.2 billion fine in March 2017')],
      },
    ],
    figures: [
      {
        id: 'figure:fine',
        kind: 'figure',
        label: 'The fine',
        metric: 'penalty',
        value: 1.2e9,
        unit: 'USD',
        scale: 'billion',
        qualifier: 'exact',
        asWritten: '$1.2 billion',
        subjects: ['org:acme'],
        attributedTo: ['doc:r'],
        sources: [cite('paid a $1.2 billion fine')],
      },
    ],
    quotes: [
      {
        id: 'quote:bob',
        kind: 'quote',
        label: 'Bob on the inflection point',
        text: 'We are at an inflection point . . . and at the heart of that competition is technology.',
        speaker: { id: 'person:bob' },
        sources: [cite('“We are at an inflection point', 2)],
      },
    ],
    relations: [],
    retired: [],
    ...overrides,
  };
}

const checks = (input: Dataset) =>
  verifyProvenance(input, source).map((failure) => [failure.id, failure.check]);

describe('verifyProvenance', () => {
  it('passes a dataset whose excerpts and key facts are in the source', () => {
    expect(checks(dataset()).filter(([, check]) => check !== 'source-hash')).toEqual([]);
  });

  it('fails when the outline of the report’s record is not the report’s', () => {
    const retitled = dataset();
    retitled.documents[0]!.sections = [{ section: 'introduction', title: 'Intro', paragraphs: 2 }];
    expect(checks(retitled)).toContainEqual(['doc:r', 'outline-mismatch']);
    const shorter = dataset();
    shorter.documents[0]!.sections = [{ section: 'introduction', title: 'Introduction', paragraphs: 1 }];
    expect(checks(shorter)).toContainEqual(['doc:r', 'outline-mismatch']);
  });

  it('fails when the source is not the text the dataset was checked against', () => {
    expect(checks(dataset())).toContainEqual(['doc:r', 'source-hash']);
  });

  it('finds excerpts that are not verbatim, and excerpts cited at the wrong paragraph', () => {
    const broken = dataset();
    broken.organizations[0]!.sources = [cite('Acme payed')];
    broken.people[0]!.sources = [cite('Bob said', 1)];
    expect(checks(broken)).toEqual(
      expect.arrayContaining([
        ['org:acme', 'excerpt-not-found'],
        ['person:bob', 'wrong-location'],
      ]),
    );
  });

  it('finds key facts missing from excerpts and values that disagree with the text', () => {
    const broken = dataset();
    broken.figures[0]!.value = 1.3e9;
    broken.events[0]!.date = toDateInfo('2018-04');
    broken.organizations[0]!.name = 'Acme Corporation';
    broken.quotes[0]!.text = 'We are at a turning point';
    expect(checks(broken).filter(([, check]) => check !== 'source-hash')).toEqual([
      ['org:acme', 'key-fact-missing'],
      ['event:fine', 'key-fact-missing'],
      ['figure:fine', 'value-mismatch'],
      ['quote:bob', 'quote-not-verbatim'],
      ['quote:bob', 'key-fact-missing'],
    ]);
  });
});

describe('helpers', () => {
  it.each([
    ['$21 billion', 'billion', 21e9],
    ['more than 1 trillion yuan', 'trillion', 1e12],
    ['3,470', undefined, 3470],
    ['less than 0.01%', undefined, 0.01],
    ['ten days', undefined, 10],
    ['an eleven', undefined, 11],
    ['a decade and a half', undefined, 15],
    ['16nm', undefined, 16],
    ['tens of billions', 'billion', undefined],
    ['1x-nm', undefined, undefined],
  ] as const)('numberAsWritten(%j) is %s', (asWritten, scale, expected) => {
    expect(numberAsWritten(asWritten, scale)).toBe(expected);
  });

  it('dateWords gives year, month and day words', () => {
    expect(dateWords('2022-10-07', '2022-10-07')).toEqual(['2022', 'October', 'October 7']);
    expect(dateWords('2018-01-01', '2018-12-31')).toEqual(['2018', 'December', 'December 31']);
    expect(dateWords(null, '2016-03-31')).toEqual(['2016', 'March', 'March 31']);
  });
});

const reportPath = findSourcePath();

describe('the shipped dataset against the report', () => {
  it.skipIf(!reportPath || !existsSync(reportPath))('has no provenance failure', () => {
    const failures = verifyProvenance(buildDataset(), loadSource(reportPath as string));
    expect(failures).toEqual([]);
  });
});
