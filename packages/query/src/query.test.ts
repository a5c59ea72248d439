import { dataset } from '@chipwar/dataset';
import {
  type AnyRecord,
  type Dataset,
  DatasetValidationError,
  describeEdtf,
  KIND_NAMES,
  KINDS,
  PREDICATE_NAMES,
  QUALIFIERS,
  type Quote as QuoteRecord,
  referencesOf,
  UNITS,
} from '@chipwar/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createQuery } from './create.ts';
import {
  cite,
  figures,
  find,
  formatFigure,
  get,
  list,
  mentions,
  neighbors,
  path,
  quotes,
  relationsOf,
  search,
  sectionTitle,
  timeline,
  UnknownIdError,
} from './index.ts';

const allRecords = KIND_NAMES.flatMap(
  (kind) => dataset[KINDS[kind].collection] as unknown as readonly AnyRecord[],
);
const allIds = allRecords.map((record) => record.id);

describe('lookup', () => {
  it('get returns the record by id, find returns undefined for an unknown id', () => {
    expect(get('org:smic')).toMatchObject({ kind: 'organization', name: 'SMIC', type: 'company' });
    expect(find('person:xi-jinping')?.name).toBe('Xi Jinping');
    expect(find('person:nobody')).toBeUndefined();
  });

  it('get throws UnknownIdError with the nearest ids for an unknown id', () => {
    try {
      get('org:smiic' as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownIdError);
      expect((error as UnknownIdError).id).toBe('org:smiic');
      expect((error as UnknownIdError).suggestions[0]).toBe('org:smic');
      expect((error as Error).message).toBe(
        `get: no record has the id "org:smiic"; did you mean ${(error as UnknownIdError).suggestions.join(', ')}?`,
      );
    }
  });

  it('list returns a kind in id order', () => {
    expect(
      list('objective')
        .map((objective) => objective.order)
        .sort(),
    ).toEqual([1, 2, 3, 4]);
    const ids = list('figure').map((figure) => figure.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(dataset.figures.length);
  });

  it('every record gets back by its id (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allIds), (id) => {
        expect(get(id as never)).toBe(allRecords.find((record) => record.id === id));
      }),
    );
  });
});

describe('figures', () => {
  it('finds the Big Fund figures: $21 billion (2014) and $35 billion (2019)', () => {
    const found = figures({ subject: 'org:big-fund', unit: 'USD' });
    expect(found.map((figure) => [figure.value, figure.period?.edtf])).toEqual(
      expect.arrayContaining([
        [21e9, '2014'],
        [35e9, '2019'],
      ]),
    );
  });

  it('filters by period overlap, EDTF-aware', () => {
    const of2020 = figures({ from: '2020', to: '2020' });
    expect(of2020.map((figure) => figure.id)).toContain('figure:china-chip-imports-2020');
    for (const figure of of2020) {
      expect(figure.period?.start === null || (figure.period?.start ?? '9') <= '2020-12-31').toBe(true);
      expect(figure.period?.end === null || (figure.period?.end ?? '') >= '2020-01-01').toBe(true);
    }
  });

  it('with related: true, also finds figures about related records', () => {
    const direct = figures({ subject: 'org:smic' });
    const related = figures({ subject: 'org:smic', related: true });
    expect(related.length).toBeGreaterThanOrEqual(direct.length);
    for (const figure of direct) expect(related).toContain(figure);
  });

  it('agrees with a linear scan for any filter (property)', () => {
    const subjects = [...new Set(dataset.figures.flatMap((figure) => figure.subjects))];
    const metrics = [...new Set(dataset.figures.map((figure) => figure.metric))];
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...subjects), { nil: undefined }),
        fc.option(fc.constantFrom(...metrics), { nil: undefined }),
        fc.option(fc.constantFrom(...UNITS), { nil: undefined }),
        fc.option(fc.constantFrom(...QUALIFIERS), { nil: undefined }),
        fc.option(fc.integer({ min: 1970, max: 2030 }), { nil: undefined }),
        (subject, metric, unit, qualifier, year) => {
          const filter = { subject, metric, unit, qualifier, from: year ? String(year) : undefined };
          const expected = dataset.figures.filter(
            (figure) =>
              (subject === undefined || (figure.subjects as readonly string[]).includes(subject)) &&
              (metric === undefined || figure.metric === metric) &&
              (unit === undefined || figure.unit === unit) &&
              (qualifier === undefined || figure.qualifier === qualifier) &&
              (year === undefined ||
                (figure.period !== undefined &&
                  (figure.period.end === null || figure.period.end >= `${year}-01-01`))),
          );
          const clean = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
          expect(figures(clean).map((figure) => figure.id)).toEqual(expected.map((figure) => figure.id));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('timeline', () => {
  it('gives the events of 2018 in order, the ZTE ban among them', () => {
    const events = timeline({ from: '2018', to: '2018' });
    expect(events.map((entry) => entry.id)).toContain('event:zte-export-ban-2018');
    expect(events.map((entry) => entry.id)).toContain('event:tan-tieniu-npc-speech-2018');
    const ban = events.findIndex((entry) => entry.id === 'event:zte-export-ban-2018');
    const speech = events.findIndex((entry) => entry.id === 'event:tan-tieniu-npc-speech-2018');
    expect(ban).toBeLessThan(speech); // April 2018 before November 2018
  });

  it('filters by participant and includes other dated kinds when asked', () => {
    const zte = timeline({ involving: 'org:zte' });
    expect(zte.length).toBeGreaterThan(3);
    expect(zte.every((entry) => JSON.stringify(entry.record).includes('org:zte'))).toBe(true);
    const withQuotes = timeline({ include: ['event', 'quote', 'policy', 'document'] });
    expect(new Set(withQuotes.map((entry) => entry.kind))).toEqual(
      new Set(['event', 'quote', 'policy', 'document']),
    );
  });

  it('is sorted and agrees with a linear scan for any range (property)', () => {
    // The oracle sorts every dated record itself: first day (open start first), last day (open end
    // last), then id, across the four kinds.
    const key = (date: { start: string | null; end: string | null }, id: string) =>
      [date.start ?? '', date.end ?? '\uffff', id] as const;
    const everything = allRecords
      .filter((record) => ['event', 'policy', 'document', 'quote'].includes(record.kind))
      .flatMap((record) => {
        const date = (record as { date?: { start: string | null; end: string | null } }).date;
        return date ? [{ id: record.id, date, key: key(date, record.id) }] : [];
      })
      .sort((a, b) => {
        for (let i = 0; i < 3; i++)
          if (a.key[i] !== b.key[i]) return (a.key[i] as string) < (b.key[i] as string) ? -1 : 1;
        return 0;
      });
    expect(timeline({ include: ['event', 'policy', 'document', 'quote'] }).map((entry) => entry.id)).toEqual(
      everything.map((entry) => entry.id),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2030 }), fc.integer({ min: 0, max: 12 }), (year, span) => {
        const from = `${year}`;
        const to = `${year + span}`;
        const found = timeline({ include: ['event', 'policy', 'document', 'quote'], from, to });
        const expected = everything.filter(
          (entry) =>
            (entry.date.end === null || entry.date.end >= `${from}-01-01`) &&
            (entry.date.start === null || entry.date.start <= `${to}-12-31`),
        );
        expect(found.map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
        const starts = found.map((entry) => entry.date.start ?? '');
        expect(starts).toEqual([...starts].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('involving agrees with reading each record’s references (property)', () => {
    const kinds = ['event', 'policy', 'document', 'quote'] as const;
    const everything = timeline({ include: [...kinds] });
    const refersTo = (record: AnyRecord, id: string) =>
      referencesOf(record).some((reference) => reference.path[0] !== 'sources' && reference.id === id);
    fc.assert(
      fc.property(
        fc.constantFrom(...allIds),
        fc.option(fc.integer({ min: 1990, max: 2025 }), { nil: undefined }),
        (involving, year) => {
          const range = year === undefined ? {} : { from: String(year), to: String(year + 2) };
          const found = timeline({ include: [...kinds], involving, ...range });
          const inRange = new Set(timeline({ include: [...kinds], ...range }).map((entry) => entry.id));
          const expected = everything.filter(
            (entry) => inRange.has(entry.id) && refersTo(entry.record as unknown as AnyRecord, involving),
          );
          expect(found.map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('quotes', () => {
  it('agrees with a linear scan for any speaker and range (property)', () => {
    const all = dataset.quotes as unknown as readonly QuoteRecord[];
    const speakers = [
      ...new Set(all.flatMap((quote) => [quote.speaker.id, quote.speaker.affiliation])),
    ].filter((id) => id !== undefined);
    const order = (a: QuoteRecord, b: QuoteRecord) => {
      const [x, y] = [a.date?.start ?? '~', b.date?.start ?? '~'];
      return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
    };
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...speakers), { nil: undefined }),
        fc.option(fc.integer({ min: 2000, max: 2024 }), { nil: undefined }),
        fc.integer({ min: 0, max: 5 }),
        (speaker, year, span) => {
          const from = year === undefined ? undefined : String(year);
          const to = year === undefined ? undefined : String(year + span);
          const expected = all
            .filter(
              (quote) =>
                (speaker === undefined ||
                  quote.speaker.id === speaker ||
                  quote.speaker.affiliation === speaker) &&
                (from === undefined ||
                  (quote.date !== undefined &&
                    (quote.date.end === null || quote.date.end >= `${from}-01-01`) &&
                    (quote.date.start === null || quote.date.start <= `${to}-12-31`))),
            )
            .sort(order);
          expect(quotes({ speaker, from, to }).map((quote) => quote.id)).toEqual(
            expected.map((quote) => quote.id),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the quotes of Xi Jinping, in date order', () => {
    const xi = quotes({ speaker: 'person:xi-jinping' });
    expect(xi.length).toBeGreaterThanOrEqual(5);
    expect(xi.every((quote) => quote.speaker.id === 'person:xi-jinping')).toBe(true);
    const days = xi.map((quote) => quote.date?.start ?? '~');
    expect(days).toEqual([...days].sort());
  });

  it('finds quotes by words and by the body of an unnamed speaker', () => {
    expect(quotes({ words: 'inflection point' }).map((quote) => quote.id)).toContain(
      'quote:blinken-inflection-point',
    );
    const unnamed = quotes({ speaker: 'country:us' });
    expect(
      unnamed.every(
        (quote) => quote.speaker.id === 'country:us' || quote.speaker.affiliation === 'country:us',
      ),
    ).toBe(true);
  });
});

describe('relations and graph', () => {
  it('relationsOf finds Qualcomm as a customer of SMIC', () => {
    const customers = relationsOf('org:smic', { predicate: 'customer-of', direction: 'in' });
    expect(customers.map((relation) => relation.subject)).toContain('org:qualcomm');
    expect(
      relationsOf('org:smic', { direction: 'out' }).every((relation) => relation.subject === 'org:smic'),
    ).toBe(true);
  });

  it('neighbors grows with depth and excludes the start', () => {
    const one = neighbors('org:smic', 1);
    const two = neighbors('org:smic', 2);
    expect(one.every((neighbor) => neighbor.distance === 1)).toBe(true);
    expect(two.length).toBeGreaterThanOrEqual(one.length);
    expect(two.map((neighbor) => neighbor.id)).not.toContain('org:smic');
  });

  it('path returns a valid shortest chain, or undefined (property)', () => {
    const linked = [...new Set(dataset.relations.flatMap((relation) => [relation.subject, relation.object]))];
    fc.assert(
      fc.property(fc.constantFrom(...linked), fc.constantFrom(...linked), (from, to) => {
        const chain = path(from as never, to as never);
        if (chain === undefined) return;
        let at: string = from;
        for (const step of chain) {
          expect(step.from).toBe(at);
          expect([step.relation.subject, step.relation.object].sort()).toEqual([step.from, step.to].sort());
          at = step.to;
        }
        expect(at).toBe(to);
        const reachable = neighbors(from as never, chain.length).map((neighbor) => neighbor.id);
        if (chain.length > 0) expect(reachable).toContain(to);
        if (chain.length > 1)
          expect(neighbors(from as never, chain.length - 1).map((neighbor) => neighbor.id)).not.toContain(to);
      }),
      { numRuns: 200 },
    );
    expect(path('org:smic', 'org:smic')).toEqual([]);
  });

  it('mentions lists every record that refers to a record', () => {
    const ids = mentions('org:micron').map((record) => record.id);
    expect(ids).toContain('figure:micron-china-annual-sales-at-risk');
    expect(ids).toEqual([...ids].sort());
    expect(ids).not.toContain('org:micron');
  });
});

describe('search', () => {
  it('ranks the Big Fund first for "big fund", and matches fuzzily and by prefix', () => {
    expect(search('big fund')[0]?.id).toBe('org:big-fund');
    expect(search('lithografy', { kinds: ['technology'] }).map((result) => result.id)).toContain(
      'tech:lithography',
    );
    expect(search('semicond', { kinds: ['technology'] }).length).toBeGreaterThan(0);
    expect(
      search('big fund', { kinds: ['figure'], limit: 2 }).every((result) => result.kind === 'figure'),
    ).toBe(true);
    expect(search('zzzzqqq')).toEqual([]);
  });
});

describe('cite and formatFigure', () => {
  it('titles sections as cite prints them', () => {
    expect(sectionTitle('section-1')).toBe('Section 1');
    expect(sectionTitle('about-the-author')).toBe('About the author');
    expect(cite('figure:zte-fine-2017')).toContain(
      `${sectionTitle(get('figure:zte-fine-2017').sources[0]?.section ?? '')}, ¶6`,
    );
  });

  it('cites a record with section, paragraph and excerpt, in three formats', () => {
    const text = cite('figure:zte-fine-2017');
    expect(text).toContain('Gregory C. Allen, “China’s New Microchip War”');
    expect(text).toContain('Section 1, ¶6: “');
    expect(text).toContain('$1.2 billion fine in March 2017');
    expect(cite(get('figure:zte-fine-2017'), { format: 'markdown' })).toMatch(
      /^> .*\$1\.2 billion.*\n\n— Gregory C\. Allen, \*China’s New Microchip War\*/,
    );
    const [item] = cite('figure:zte-fine-2017', { format: 'csl-json' });
    expect(item).toMatchObject({
      id: 'figure:zte-fine-2017',
      type: 'report',
      author: [{ family: 'Allen', given: 'Gregory C.' }],
      issued: { 'date-parts': [[2023, 5, 3]] },
      section: 'Section 1',
      locator: '6',
    });
  });

  it('formats figures as a reader writes them', () => {
    expect(formatFigure(get('figure:china-chip-imports-2020'))).toBe('more than $350 billion (2020)');
    expect(formatFigure(get('figure:october-7-logic-node-threshold'))).toBe('16 nm');
    expect(formatFigure(get('figure:zte-fine-2017'))).toBe('$1.2 billion (2017-03)');
    expect(formatFigure({ value: 20, unit: 'percent', qualifier: 'nearly' })).toBe('nearly 20%');
    expect(formatFigure({ value: 1e12, unit: 'CNY', scale: 'trillion', qualifier: 'more-than' })).toBe(
      'more than 1 trillion yuan',
    );
    expect(
      formatFigure({ range: { min: 1e10, max: 1e11 }, unit: 'USD', scale: 'billion', qualifier: 'about' }),
    ).toBe('about $10–100 billion');
    expect(formatFigure({ value: 10, unit: 'day', qualifier: 'exact' })).toBe('10 days');
    expect(formatFigure({ value: 21e9, unit: 'USD', scale: 'billion', qualifier: 'exact' }, 'de-DE')).toBe(
      '$21 billion',
    );
  });
});

describe('createQuery', () => {
  const extended = (): Dataset => {
    const copy = structuredClone(dataset) as unknown as Dataset;
    copy.figures.push({
      id: 'figure:my-smic-estimate',
      kind: 'figure',
      label: 'My own estimate',
      metric: 'my-metric',
      value: 1,
      unit: 'count',
      qualifier: 'about',
      asWritten: 'one',
      subjects: ['org:smic'],
      attributedTo: ['doc:china-new-microchip-war'],
      sources: [
        { document: 'doc:china-new-microchip-war', section: 'introduction', paragraph: 1, excerpt: 'x' },
      ],
    });
    return copy;
  };

  it('works on a user-extended dataset and leaves the input untouched', () => {
    const input = extended();
    const before = JSON.stringify(input);
    const q = createQuery(input);
    expect(q.figures({ subject: 'org:smic' }).map((figure) => figure.id)).toContain(
      'figure:my-smic-estimate',
    );
    expect(q.get('figure:my-smic-estimate').kind).toBe('figure');
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(q.get('figure:my-smic-estimate'))).toBe(true);
  });

  it('rejects an invalid dataset, listing its issues', () => {
    const input = extended();
    (input.figures.at(-1) as { subjects: string[] }).subjects = ['org:smiic'];
    try {
      createQuery(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetValidationError);
      const issue = (error as DatasetValidationError).issues.find(
        (found) => found.code === 'unknown-reference',
      );
      expect(issue?.at).toBe(`figures[${input.figures.length - 1}].subjects[0]`);
      expect(issue?.suggestions?.[0]).toBe('org:smic');
    }
    expect(() => createQuery('not a dataset')).toThrow(DatasetValidationError);
  });
});

describe('bad arguments get clear errors', () => {
  it.each([
    [
      () => get(42 as never),
      TypeError,
      'get: id must be a non-empty string such as "org:smic"; received number 42',
    ],
    [() => list('company' as never), RangeError, 'list: kind must be one of country, region, organization'],
    [() => figures({ unit: 'dollars' }), RangeError, 'figures: unit must be one of USD, CNY'],
    [
      () => figures({ bogus: 1 } as never),
      RangeError,
      'figures: an option name must be one of subject, related',
    ],
    [
      () => figures({ subject: 'org:smiic' }),
      UnknownIdError,
      'figures: no record has the id "org:smiic"; did you mean org:smic',
    ],
    [
      () => timeline({ from: '2022-13' }),
      RangeError,
      'timeline: from must be a calendar date "YYYY", "YYYY-MM" or "YYYY-MM-DD", or a date with start and end days such as a record\'s `date`; received "2022-13" (no such month or day)',
    ],
    [
      () => timeline({ include: ['events'] as never }),
      RangeError,
      'timeline: include[] must be one of event, policy, document, quote; received "events"',
    ],
    [
      () => relationsOf('org:smic', { predicate: 'likes' }),
      RangeError,
      `relationsOf: predicate must be one of ${PREDICATE_NAMES.slice(0, 2).join(', ')}`,
    ],
    [
      () => neighbors('org:smic', -1),
      TypeError,
      'neighbors: depth must be a whole number ≥ 0; received number -1',
    ],
    [() => search(''), TypeError, 'search: text must be a non-empty string'],
    [
      () => sectionTitle(1 as never),
      TypeError,
      'sectionTitle: slug must be a non-empty string such as "section-1"; received number 1',
    ],
    [() => search('x', { limit: 0 }), TypeError, 'search: limit must be a whole number ≥ 1'],
    [
      () => cite('org:smic', { format: 'bibtex' as never }),
      RangeError,
      'cite: format must be one of text, markdown, csl-json; received "bibtex"',
    ],
    [
      () => formatFigure({ value: 1, unit: 'parsec' as never, qualifier: 'exact' }),
      RangeError,
      'formatFigure: figure.unit must be one of',
    ],
    [
      () => formatFigure({ value: 1, unit: 'count', qualifier: 'exact' }, 'not a locale!'),
      RangeError,
      'formatFigure: locale "not a locale!" is not a valid',
    ],
  ] as const)('%#', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });

  it('never changes the shipped data', () => {
    const before = JSON.stringify(dataset);
    figures({ subject: 'org:smic', related: true });
    timeline({ include: ['event', 'quote'] });
    search('export controls');
    mentions('org:smic');
    expect(JSON.stringify(dataset)).toBe(before);
  });
});

describe('date bounds', () => {
  it('read a year or month as its first day (from) or last day (to)', () => {
    expect(timeline({ from: '2018-02', to: '2018-02' })).toEqual(
      timeline({ from: '2018-02-01', to: '2018-02-28' }),
    );
    expect(timeline({ from: '2020-02', to: '2020' })).toEqual(
      timeline({ from: '2020-02-01', to: '2020-12-31' }),
    );
    expect(() => timeline({ to: '2018-02-30' })).toThrow(/no such month or day/);
    expect(() => timeline({ to: '2018-13' })).toThrow(RangeError);
  });

  it('take a date object by its start and end, so any EDTF date can be a bound', () => {
    const ban = get('event:zte-export-ban-2018');
    const afterBan = timeline({ from: ban.date });
    expect(afterBan[0]?.date.end).not.toBeNull();
    expect(afterBan.map((entry) => entry.id)).toEqual(
      timeline({ from: ban.date.start ?? '' }).map((entry) => entry.id),
    );
    const approximate = describeEdtf('2018-04~');
    expect(approximate.ok).toBe(true);
    if (!approximate.ok) return;
    expect(timeline({ from: approximate.value, to: '2018-12-31' })).toEqual(
      timeline({ from: '2018-04', to: '2018-12-31' }),
    );
  });

  it('refuse other EDTF strings with a pointer to describeEdtf, and open-ended objects', () => {
    expect(() => timeline({ from: '2018-04~' })).toThrow(
      /from must be a calendar date .*received "2018-04~"\. For another EDTF date, pass describeEdtf/,
    );
    expect(() => timeline({ from: { start: null, end: '2018-12-31' } })).toThrow(
      /from must have a known start day; received a date whose start is open or unknown/,
    );
    expect(() => quotes({ to: { start: '2018-01-01' } as never })).toThrow(/to must have a known end day/);
    expect(() => timeline({ from: { start: '2018-13-45', end: null } })).toThrow(
      /timeline: from\.start must be a day "YYYY-MM-DD"; received "2018-13-45"/,
    );
    expect(() => timeline({ from: { start: '-0044-03-15', end: null } })).toThrow(
      /timeline: from\.start must be a day of the years 0000 to 9999; received "-0044-03-15"/,
    );
    expect(() => figures({ to: { start: null, end: 20181231 } as never })).toThrow(
      /figures: to\.end must be a day "YYYY-MM-DD"; received number 20181231/,
    );
  });
});

describe('retired ids', () => {
  const withLedger = () => {
    const copy = structuredClone(dataset) as unknown as Dataset;
    copy.meta.datasetVersion = '3.2.0'; // a pretend dataset in its third major version
    const major = '3';
    copy.retired = [
      {
        id: 'org:smic-international',
        change: 'renamed',
        version: `${major}.0.0`,
        replacedBy: ['org:smic'],
        reason: 'the report uses the short name',
      },
      {
        id: 'org:smic-corp',
        change: 'renamed',
        version: `${major}.0.0`,
        replacedBy: ['org:smic-international'],
        reason: 'older name',
      },
      {
        id: 'tech:old-memory',
        change: 'split',
        version: `${major}.0.0`,
        replacedBy: ['tech:dram', 'tech:nand'],
        reason: 'two chip types',
      },
      {
        id: 'concept:gone',
        change: 'removed',
        version: `${major}.0.0`,
        replacedBy: [],
        reason: 'not in the report',
      },
      {
        id: 'org:ancient',
        change: 'renamed',
        version: '2.0.0',
        replacedBy: ['org:smic'],
        reason: 'long ago',
      },
    ];
    return copy;
  };

  it('resolveId follows the ledger, chains too', () => {
    const q = createQuery(withLedger());
    expect(q.resolveId('org:smic')).toMatchObject({ id: 'org:smic', retired: false, chain: [] });
    const chained = q.resolveId('org:smic-corp');
    expect(chained).toMatchObject({ id: 'org:smic', retired: true });
    expect(chained.chain.map((entry) => entry.id)).toEqual(['org:smic-corp', 'org:smic-international']);
    expect(q.resolveId('tech:old-memory')).toMatchObject({
      id: undefined,
      candidates: ['tech:dram', 'tech:nand'],
    });
    expect(q.resolveId('concept:gone')).toMatchObject({ id: undefined, retired: true, candidates: [] });
    expect(() => q.resolveId('org:never-existed')).toThrow(UnknownIdError);
  });

  it('get and find accept an id retired in this major version, with a one-time warning', async () => {
    const q = createQuery(withLedger());
    const warnings: string[] = [];
    const listener = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listener);
    expect(q.get('org:smic-international').id).toBe('org:smic');
    expect(q.find('org:smic-corp')?.id).toBe('org:smic');
    expect(q.get('org:smic-international').id).toBe('org:smic');
    await new Promise((done) => setImmediate(done)); // warnings are emitted on the next tick
    process.off('warning', listener);
    expect(warnings.filter((message) => message.includes('org:smic-international was renamed'))).toHaveLength(
      1,
    );
    expect(warnings.some((message) => message.includes('org:smic-corp'))).toBe(true);
  });

  it('get explains an id retired in an earlier major version, split or removed', () => {
    const q = createQuery(withLedger());
    expect(() => q.get('org:ancient')).toThrow(
      /"org:ancient" is a retired id: renamed in 2\.0\.0 → org:smic \(long ago\); use org:smic/,
    );
    expect(() => q.get('tech:old-memory')).toThrow(/split in .* it became tech:dram, tech:nand/);
    expect(() => q.get('concept:gone')).toThrow(/removed in .*not in the report/);
    expect(q.find('concept:gone')).toBeUndefined();
  });
});
