import { readFileSync } from 'node:fs';
import { type Dataset, toDateInfo } from '@chipwar/schema';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDataset } from './build.ts';
import {
  applyRuleWaivers,
  checkCountsOfLists,
  checkDatePrecision,
  checkDescriptionNumbers,
  checkPolicyTargets,
  checkRelationEnds,
  checkRules,
  checkStatedCountries,
  checkTwins,
  numbersIn,
  type RuleWaiver,
  wordsForEnd,
} from './rules.ts';

const cite = (excerpt: string) => ({
  document: 'doc:r' as const,
  section: 'introduction',
  paragraph: 1,
  excerpt,
});

// A dataset that keeps every rule: each test breaks one record and expects one failure.
function dataset(): Dataset {
  return {
    meta: {
      datasetVersion: '1.0.0',
      schemaVersion: '1.0.0',
      source: { document: 'doc:r', title: 'R', author: 'A', date: '2023-05-03', sha256: '' },
    },
    countries: [
      { id: 'country:cn', kind: 'country', name: 'China', sources: [cite('China')] },
      {
        id: 'country:us',
        kind: 'country',
        name: 'United States',
        aliases: ['U.S.'],
        sources: [cite('U.S.')],
      },
    ],
    regions: [],
    organizations: [
      {
        id: 'org:acme',
        kind: 'organization',
        name: 'Acme',
        type: 'company',
        country: 'country:cn',
        sources: [cite('the Chinese firm Acme')],
      },
    ],
    people: [],
    policies: [
      {
        id: 'policy:ban',
        kind: 'policy',
        name: 'Acme ban',
        type: 'sanction',
        issuers: ['country:us'],
        targets: ['org:acme'],
        date: toDateInfo('2018-04'),
        sources: [cite('In April 2018 the U.S. imposed the Acme ban')],
      },
    ],
    documents: [
      {
        id: 'doc:r',
        kind: 'document',
        name: 'R',
        type: 'report',
        date: toDateInfo('2023-05-03'),
        sources: [cite('This report')],
      },
      {
        id: 'doc:speech',
        kind: 'document',
        name: 'The inflection speech',
        type: 'speech',
        date: toDateInfo('2022-10-17', {
          phrase: 'ten days after',
          anchor: 'event:ban',
          method: 'ten days on',
        }),
        sources: [cite('in the inflection speech ten days after')],
      },
    ],
    technologies: [],
    concepts: [],
    objectives: [
      { id: 'objective:a', kind: 'objective', name: 'Limiting', order: 1, sources: [cite('Limiting')] },
      { id: 'objective:b', kind: 'objective', name: 'Deterring', order: 2, sources: [cite('Deterring')] },
    ],
    tactics: [],
    events: [
      {
        id: 'event:ban',
        kind: 'event',
        label: 'The U.S. imposes the Acme ban in 2018',
        type: 'sanction',
        status: 'occurred',
        date: toDateInfo('2018-04'),
        participants: ['country:us', 'org:acme'],
        related: ['policy:ban'],
        sources: [cite('In April 2018 the U.S. imposed the Acme ban')],
      },
      {
        id: 'event:speech',
        kind: 'event',
        label: 'The speech is given',
        type: 'speech',
        status: 'occurred',
        date: toDateInfo('2022-10-17', {
          phrase: 'ten days after',
          anchor: 'event:ban',
          method: 'ten days on',
        }),
        participants: ['country:us'],
        related: ['doc:speech'],
        sources: [cite('in the inflection speech ten days after')],
      },
    ],
    figures: [
      {
        id: 'figure:objectives',
        kind: 'figure',
        label: 'Objectives China pursues',
        metric: 'objective-count',
        value: 2,
        unit: 'count',
        qualifier: 'exact',
        asWritten: 'two',
        subjects: ['country:cn'],
        attributedTo: ['doc:r'],
        sources: [cite('China pursues two objectives')],
      },
    ],
    quotes: [],
    relations: [
      {
        id: 'rel:ban-targets-acme',
        kind: 'relation',
        subject: 'policy:ban',
        predicate: 'targets',
        object: 'org:acme',
        sources: [cite('In April 2018 the U.S. imposed the Acme ban')],
      },
    ],
    retired: [],
  };
}

const ids = (failures: { id: string; check: string }[]) =>
  failures.map((failure) => [failure.id, failure.check]);

describe('the rule checks', () => {
  it('pass a dataset that keeps every rule', () => {
    expect(checkRules(dataset())).toEqual([]);
  });

  it('(b) find a date finer than the words of its excerpts, and a relative phrase not in them', () => {
    const broken = dataset();
    broken.policies[0]!.date = toDateInfo('2018-04-02');
    broken.documents[1]!.date = toDateInfo('2022-10-17', {
      phrase: 'a week later',
      anchor: 'event:ban',
      method: 'm',
    });
    broken.documents[0]!.date = toDateInfo('2023-05');
    expect(ids(checkDatePrecision(broken))).toEqual([
      ['policy:ban', 'date-too-precise'],
      ['doc:r', 'date-too-precise'],
      ['doc:speech', 'relative-phrase-missing'],
    ]);
  });

  it('(c) find a number in a description or label that no excerpt holds', () => {
    const broken = dataset();
    broken.organizations[0]!.description = 'Fined $1.2 billion in 2017.';
    broken.events[0]!.label = 'The U.S. imposes the Acme ban in 2019';
    expect(checkDescriptionNumbers(broken).map((failure) => failure.message)).toEqual([
      'the description states "1.2", "2017", which none of the record\'s excerpts says',
      'the label states "2019", which none of the record\'s excerpts says',
    ]);
  });

  it('(d) find a relation whose excerpts do not name one of its ends', () => {
    const broken = dataset();
    broken.relations[0]!.sources = [cite('the Chinese firm Acme')];
    expect(ids(checkRelationEnds(broken))).toEqual([['rel:ban-targets-acme', 'relation-end-unnamed']]);
  });

  it('(a)(g) find a count whose value is the size of a list the data holds item by item', () => {
    const broken = dataset();
    broken.figures[0]!.subjects = ['objective:a', 'objective:b'];
    expect(ids(checkCountsOfLists(broken))).toEqual([['figure:objectives', 'count-of-list']]);
    const wholeList = dataset();
    wholeList.figures[0]!.subjects = ['country:cn', 'objective:a'];
    expect(ids(checkCountsOfLists(wholeList))).toEqual([['figure:objectives', 'count-of-list']]);
  });

  it('(e) find an event that tells a document or policy without listing it, at another date, or as a participant', () => {
    const broken = dataset();
    broken.events[0]!.related = [];
    broken.events[1]!.date = toDateInfo('2022-10-18', {
      phrase: 'ten days after',
      anchor: 'event:ban',
      method: 'm',
    });
    broken.events[1]!.participants = ['country:us', 'doc:speech'];
    expect(ids(checkTwins(broken))).toEqual([
      ['event:ban', 'unlinked-twin'],
      ['event:speech', 'twin-date-mismatch'],
      ['event:speech', 'participant-kind'],
    ]);
  });

  it('(d) find a targets relation from a policy that its targets field does not list', () => {
    const broken = dataset();
    broken.policies[0]!.targets = [];
    expect(ids(checkPolicyTargets(broken))).toEqual([['policy:ban', 'target-not-listed']]);
  });

  it('(h) find a country that no excerpt of the record states', () => {
    const broken = dataset();
    broken.organizations[0]!.sources = [cite('the firm Acme')];
    expect(ids(checkStatedCountries(broken))).toEqual([['org:acme', 'country-unstated']]);
  });

  it('waive a reviewed failure, and report a waiver that matches none', () => {
    const broken = dataset();
    broken.organizations[0]!.sources = [cite('the firm Acme')];
    const waivers: RuleWaiver[] = [
      { id: 'org:acme', check: 'country-unstated', reason: 'r' },
      { id: 'org:acme', check: 'date-too-precise', reason: 'r' },
    ];
    const { failures, staleWaivers } = applyRuleWaivers(checkRules(broken), waivers);
    expect(failures).toEqual([]);
    expect(staleWaivers).toEqual([waivers[1]]);
  });
});

describe('helpers', () => {
  it.each([
    ['2022-10-07', 'October 7'],
    ['2018-04', 'April'],
    ['2018-04~', 'April'],
    ['2015', '2015'],
    ['..', undefined],
    ['19XX', undefined],
  ])('wordsForEnd(%j) is %j', (end, words) => {
    expect(wordsForEnd(end)).toBe(words);
  });

  it('numbersIn reads digits, without their thousands commas', () => {
    expect(numbersIn('3,470 companies in 2022, and 1.2 billion')).toEqual(['3470', '2022', '1.2']);
  });
});

const waivers = (parse(readFileSync(new URL('../rule-waivers.yaml', import.meta.url), 'utf8')) ??
  []) as RuleWaiver[];

describe('the shipped dataset', () => {
  it('keeps every rule, but for the reviewed waivers, none of which is stale', () => {
    const result = applyRuleWaivers(checkRules(buildDataset()), waivers);
    expect(result.failures).toEqual([]);
    expect(result.staleWaivers).toEqual([]);
  });

  it('gives every waiver a reason', () => {
    for (const waiver of waivers) expect(waiver.reason.length).toBeGreaterThan(20);
  });
});
